"""`kiosk serve`: the web server phones vote on, in the foreground until Ctrl+C (or SIGTERM)."""

import argparse
from collections.abc import Callable
from pathlib import Path

from kiosk.cli.common import Handler, UsageError
from kiosk.event.config import load_config
from kiosk.web.join import JoinInfo


def add_serve_command(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                      folder_of: Callable[[argparse.Namespace], Path]) -> dict[str, Handler]:
    """Add `kiosk serve`; returns its handler by command name."""
    serve = subparsers.add_parser(
        "serve", parents=[common], help="the web server phones vote on, on the venue network (until Ctrl+C)",
        description="Serve the phone page: guests open the printed address (or scan its QR code on the stage) "
                    "and vote in the open polls. Runs until Ctrl+C or SIGTERM.")
    serve.add_argument("--host", help="the address to listen on (default: [phones] host, else 0.0.0.0: every "
                                      "network of this machine)")
    serve.add_argument("--port", type=int, help="the port (default: [phones] port, else 8080)")

    def handler(args: argparse.Namespace) -> int:
        return _serve(folder_of(args), args)

    return {"serve": handler}


def _serve(folder: Path, args: argparse.Namespace) -> int:
    from kiosk.web.server import PhoneServerError, ServeOptions, run_server  # uvicorn only for this command

    config = load_config(folder)
    port = args.port if args.port is not None else config.phones.port
    if not 1 <= port <= 65535:
        raise UsageError(f"--port {port}: not a port (expected 1024–65535, e.g. 8080)")
    options = ServeOptions(host=args.host if args.host is not None else config.phones.host, port=port)

    def ready(join: JoinInfo) -> None:
        print(f"Phones: {join.url}  code {join.code}", flush=True)
        print("Open that address on a phone in the venue network; Ctrl+C stops the server.", flush=True)

    try:
        run_server(folder, config, options, ready)
    except PhoneServerError as error:
        raise UsageError(str(error)) from None
    return 0
