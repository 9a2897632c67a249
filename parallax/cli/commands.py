"""The one place where command modules are plugged in."""

from parallax.cli import cluster_cmd, compare_cmd, run_cmd, stage_cmds  # noqa: F401
from parallax.web import cli as web_cli  # noqa: F401  (parallax serve)
