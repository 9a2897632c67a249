"""Help that reads naturally: ``--skip-bad`` with no value label, ``--published DATE``, not ``<bool>``, ``<str>``.

Typer 0.29 (rich help) prints a type label beside every parameter, flags included
("--skip-bad <bool>", "--help <bool>", "inputs... <list[Path]>"), and has no setting to
turn the column off; a parameter's ``metavar`` replaces the label of an option (an empty
one removes it), not of an argument.  So the commands use these classes, which give each
parameter, as help asks for it, the label Click's own help conventions give: none for a flag
or an argument (its name already says what it takes), the choices of a choice, and a word
in capitals for a value (``FILE``, ``DATE``, ``N``) where the option names none itself.

An argument is written as Click writes it, in capitals with "..." when it takes many and in
brackets only when optional: ``compare [OPTIONS] INPUTS...``.  Typer sets a required one in
braces, ``{inputs}...``, which reads as a set of choices to a user of any other command line.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


def _no_label(ctx: Any) -> None:
    return None


def value_label(param: TyperOption) -> str:
    """The word for an option's value, from its type: a path, a number, a choice, else text."""
    desc = param.type_descriptor
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    if desc.is_path:
        return "PATH"
    bare = param.bare_type()
    if bare in ("int", "float") or desc.is_ranged:
        return "N"
    return "TEXT"


def argument_name(param: TyperArgument) -> str:
    """Click's name for an argument: ``INPUTS...`` (required, many), ``[NAME]`` (optional, one)."""
    name = (param.metavar or param.name or "").upper()
    if not param.required:
        name = f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def natural(params: list[Any]) -> list[Any]:
    """Set each parameter's help label in place (idempotent) and return the list."""
    for param in params:
        if isinstance(param, TyperArgument):
            param.display_type_rich = _no_label  # type: ignore[method-assign]
            name = argument_name(param)
            param._usage_display_name = lambda name=name: name  # type: ignore[method-assign]
            param.get_error_hint = lambda ctx=None, name=name: f"'{name}'"  # type: ignore[method-assign]
        elif isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = "" if param.is_flag or param.count else value_label(param)
    return params


class NaturalCommand(TyperCommand):
    """A command whose help labels read naturally (see the module docstring)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return natural(super().get_params(ctx))


class NaturalGroup(TyperGroup):
    """The ``parallax`` group, with the same labels for its own options (``--version``, ``--help``)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return natural(super().get_params(ctx))
