"""Usage errors (an unknown option, a missing argument, a value out of range) as one line, like every bad input.

README's bad-input table promises exit status 2 and one line naming the input and the reason for each refusal
(``--window-days -1`` among them).  Typer, left to itself, prints a usage line, a hint and a six-line box drawn
with rich around the reason, which a script reading stderr cannot take as the one line the other refusals give.
So the app runs outside click's standalone mode and the usage error is written here as
``parallax: error: <reason> (see 'parallax CMD --help')``, with click's own exit status (2).  No command at all
still prints the help, as typer does.
"""

from __future__ import annotations

import typer

try:  # typer 0.2x carries its own copy of click, whose exceptions are the ones raised
    from typer._click import exceptions as _errors
except ImportError:  # pragma: no cover - typer on click itself
    from click import exceptions as _errors


def run_app(app: typer.Typer) -> int:
    """Run ``app`` and return the exit status it ends with (click's ``Exit`` codes and a usage error's 2)."""
    try:
        code = app(standalone_mode=False)
    except _errors.NoArgsIsHelpError as err:  # "parallax" or "parallax run" alone: the help, as typer shows it
        try:
            from typer import rich_utils

            rich_utils.rich_format_error(err)
        except ImportError:  # pragma: no cover - rich is a dependency of typer
            err.show()
        return err.exit_code
    except _errors.UsageError as err:
        reason = " ".join(err.format_message().split()).rstrip(".")
        where = err.ctx.command_path if err.ctx is not None else "parallax"
        typer.echo(f"parallax: error: {reason} (see '{where} --help')", err=True)
        return err.exit_code
    except _errors.ClickException as err:
        typer.echo(f"parallax: error: {' '.join(err.format_message().split())}", err=True)
        return err.exit_code
    except typer.Abort:  # end of input at a prompt
        typer.echo("parallax: aborted", err=True)
        return 1
    return code if isinstance(code, int) else 0
