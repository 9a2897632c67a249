"""The ``parallax serve`` command (registered on the Typer app on import).

It only builds the app and hands it to uvicorn; the default host is the
loopback address, so the store is not reachable from other machines unless
asked for with ``--host``.
"""

from __future__ import annotations

import typer

from parallax.cli import app
from parallax.cli.common import check_embedder


@app.command("serve")
def serve_command(
    store: str = typer.Option(
        "parallax.sqlite",
        "--store",
        help="The story store (as `parallax run --store`): a SQLite file (created if missing, in a folder that exists) or a postgresql:// URL.",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but loopback exposes the store to your network."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    embedder: str = typer.Option(
        "e5", "--embedder", help="Sentence embeddings for uploads: e5 (multilingual, bundled) or hashing (no model)."
    ),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Extra host name the app answers to (e.g. a name in /etc/hosts)."),
) -> None:
    """Serve the story store as a local web app (story search, reports, article analysis, uploads)."""
    import uvicorn

    from parallax.config import Options
    from parallax.web.app import create_app
    from parallax.web.security import LOCAL_HOSTS

    check_embedder(embedder)
    check_address(host, port)
    hosts = [*LOCAL_HOSTS, *allow_host]
    if host in ("0.0.0.0", "::"):
        typer.echo("parallax: warning: listening on all interfaces; any host name is accepted", err=True)
        hosts = ["*"]
    elif host not in hosts:
        hosts.append(host)
    web = create_app(store, options=Options(embedder=embedder), allowed_hosts=hosts)
    from parallax.stamps import analysis_stamp
    from parallax.store import open_store, redact

    with open_store(store) as db:
        stale = len(db.stale_ids(analysis_stamp()))
    if stale:
        typer.echo(
            f"parallax: note: {stale} stored articles were analysed by other Parallax code or models, or not at all;"
            " a `parallax run` with this store analyses them again",
            err=True,
        )

    typer.echo(f"Parallax is serving {redact(store)} at http://{'[' + host + ']' if ':' in host else host}:{port}/", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


def check_address(host: str, port: int) -> None:
    """Fail with one line (exit 2) when ``host:port`` cannot be listened on: a port another
    server holds, a host name that does not resolve, an address not on this machine.
    Uvicorn would report it only after we printed "Parallax is serving ...", as a log line
    and exit status 1 or 3; checked first, no store file is created either."""
    import socket

    from parallax.errors import ParallaxError

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a port in TIME_WAIT is free
            sock.bind(address)
    except OSError as err:
        raise ParallaxError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
