"""The one place where command modules are plugged in."""

from parallax.cli import compare_cmd, stage_cmds  # noqa: F401

try:  # story grouping (optional until its module lands)
    from parallax.cli import cluster_cmd  # noqa: F401
except ImportError:  # pragma: no cover
    pass
