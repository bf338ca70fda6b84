"""SCORM 1.2 and SCORM 2004 packages played as course lessons.

- ``manifest``: reading ``imsmanifest.xml`` (pure);
- ``archive``: checking an uploaded zip and storing its files in private storage;
- ``cmi``: the run-time data model: what a commit may hold, and what it says (pure);
- ``tracking``: the services that save a learner's run-time data and feed course progress;
- ``delivery``: the package-content address, its signed links and the views served there;
- ``player``: the lesson page's context.

Package content is third-party code. It never runs on the site's own origin: it is served from
a separate address (``SCORM_CONTENT_ORIGIN``) that holds no session, through links signed for
one learner and one package, in a sandboxed frame. See ``delivery`` for the reasons.
"""
