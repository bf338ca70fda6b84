"""Production settings refuse to start without their secrets and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _manage(*args, **env):
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    # Production refuses a per-process cache; nothing connects to Redis for these commands.
    full_env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
    full_env.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deploy_checks():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 20 + "-production-check-only-0123456789abcdefghijklmnop",
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_the_site_address():
    """Certificates print and encode it: without it every check would go to the wrong place."""
    common = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "z" * 60,
        "ALLOWED_HOSTS": "example.org",
    }
    missing = _manage("check", **common)
    assert missing.returncode != 0
    assert "SITE_URL" in missing.stderr
    wrong = _manage("check", SITE_URL="daotao.example.vn", **common)
    assert wrong.returncode != 0
    assert "SITE_URL" in wrong.stderr


def test_seed_demo_is_refused_under_production_settings():
    result = _manage(
        "seed_demo",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="y" * 60,
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode != 0
    # In the site's language.
    assert "seed_demo" in result.stderr and "không được chạy" in result.stderr


def test_production_refuses_a_cache_kept_in_each_process():
    result = _manage(
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="z" * 60,
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
        REDIS_URL="",
    )
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr
