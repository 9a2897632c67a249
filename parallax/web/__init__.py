"""``parallax serve``: a local web app over a story store.

Pages to search and filter stories, read a story's comparison report, see one
article's analysis, and add articles; a JSON API behind them.  It binds
127.0.0.1 by default and treats every article as untrusted input (see
:mod:`parallax.web.security`).  Build it with :func:`parallax.web.app.create_app`.
"""
