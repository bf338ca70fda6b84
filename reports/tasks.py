"""Background work for reports: large exports and snapshots of large units. Tasks take primary
keys, re-fetch their objects and are idempotent; they run in-process unless a worker is set up."""

from __future__ import annotations

from django_tasks import task


@task(queue_name="exports")
def make_export(job_id: int) -> str:
    """Make a queued export and attach its file to the job."""
    from reports.services import run_export_job

    job = run_export_job(job_id)
    return "" if job is None else job.status


@task()
def refresh_snapshots_task() -> int:
    """Take the snapshots of every large unit (run every few minutes by a scheduler)."""
    from reports.snapshots import refresh_snapshots

    return len(refresh_snapshots())


@task()
def refresh_figures_task(enrolment_id: int) -> int:
    """A course was completed: write the enrolment's figures again (time, best mark)."""
    from reports.enrolment_figures import refresh_enrolment_figures

    return refresh_enrolment_figures([enrolment_id])
