"""Interoperability with systems outside the site: xAPI statements to a Learning Record Store,
and the record of what goes out, to whom and why (the privacy page).

This app sits at the top of the layering, beside ``api``: it may read every app below it and
listens to their signals; no app imports it. SCORM run-time data stays in ``courses``, where
the lessons are.
"""
