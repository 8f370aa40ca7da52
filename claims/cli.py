"""Command line: ``python -m claims check FILE ...``, ``python -m claims report INPUT... --out DIR``
(claims/batch.py) and ``python -m claims refs validate``.

Exit statuses (DESIGN section 5): 0 done; 1 when ``report --fail-on VERDICT`` finds a claim with
that verdict; 2 bad input or usage, with ONE line ``claims: error: ...`` on stderr and no
traceback; 130 on Ctrl-C. Real bugs are not caught: their traceback is what gets them fixed.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path



from .document import InputError, parse_date_arg, read_document
from .pipeline import DEFAULT_REFS, check_document, load_refs
from .report_formats import to_csv, to_json, to_table

PROG = "claims"
FORMATS = ("table", "json", "csv")


class UsageError(Exception):
    """A command-line usage error (unknown option, missing argument, bad choice)."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are exceptions, so ``main`` prints them as one line."""

    def error(self, message):  # noqa: D102 - argparse API
        raise UsageError(message)


# --------------------------------------------------------------------------------------------
# commands

def _refs_dir(value: str | None) -> Path:
    """The reference folder: ``--refs`` (must exist) or the shipped one (may not exist yet)."""
    if value is None:
        return DEFAULT_REFS
    path = Path(value)
    if not path.is_dir():
        raise InputError(f"--refs {value}: no such folder")
    return path


def cmd_check(args) -> int:
    date = parse_date_arg(args.date) if args.date is not None else None
    refs = load_refs(_refs_dir(args.refs))
    document = read_document(args.file, date=date).assume_today()
    result = check_document(document, refs)
    items = result["claims"]
    if args.format == "json":
        _emit(to_json(result), utf8=True)
    elif args.format == "csv":
        _emit(to_csv(items), utf8=True)
    else:
        _emit(to_table(document, items))
    return 0


FAIL_ON = ("contradicted", "needs_review")


def _progress_bar(inputs: list[str]):
    """A progress bar on stderr (documents per second, time left), or None when stderr is not a
    terminal. Counting the documents first costs one quick pass over the inputs."""
    if not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty()):
        return None
    import tqdm

    from .batch import count_documents

    tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm.tqdm(total=count_documents(inputs), unit="doc", file=sys.stderr, dynamic_ncols=True,
                     smoothing=0.1, desc="checking")


def cmd_report(args) -> int:
    from . import batch

    date = parse_date_arg(args.date) if args.date is not None else None
    if args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    inputs = batch.check_inputs(args.inputs)
    refs_dir = _refs_dir(args.refs)
    bar = _progress_bar(inputs)
    last = [0]

    def progress(n):
        bar.update(n - last[0])
        last[0] = n

    try:
        summary = batch.run(inputs, args.out, refs_dir=refs_dir, default_date=date,
                            workers=args.workers, scheduler=args.scheduler,
                            progress=progress if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    if summary.internal_errors:
        print(f"{PROG}: warning: {summary.internal_errors} article(s) failed with an internal error "
              f"(listed in {Path(args.out) / 'report.html'}); please report it", file=sys.stderr)
    failing = sum(summary.verdicts.get(v, 0) for v in (args.fail_on or ()))
    return 1 if failing else 0


def _csv_files(folder: Path) -> list[Path]:
    """Every ``*.csv`` under ``folder``, recursively, except under ``history/`` (DESIGN section 3)
    and hidden folders (``.ipynb_checkpoints``): the files claims.reference loads."""
    return sorted(p for p in folder.rglob("*.csv")
                  if p.is_file() and not any(part == "history" or part.startswith(".")
                                             for part in p.relative_to(folder).parts[:-1]))


def _count_rows(files: list[Path]) -> int:
    """Data rows (not the header, not blank lines) in ``files``."""
    rows = 0
    for f in files:
        with f.open(newline="", encoding="utf-8-sig", errors="replace") as fh:
            n = sum(1 for r in csv.reader(fh) if any(cell.strip() for cell in r))
        rows += max(n - 1, 0)
    return rows


def cmd_refs_validate(args) -> int:
    folder = _refs_dir(args.refs)
    if not folder.is_dir():
        raise InputError(f"reference folder {folder}: does not exist")
    try:
        from .reference import validate_dir
    except ImportError as ex:
        raise InputError(f"refs validate: claims.reference is not available yet ({ex})") from None
    if (folder / ".update-journal.json").exists():  # an update interrupted after its journal
        from .refs_update import recover
        finished = recover(folder)  # roll it forward first
        print(f"finished an interrupted update: {', '.join(finished) or 'nothing left to rename'}")
    problems = validate_dir(folder)
    if problems:
        for p in problems:
            print(" ".join(str(p).split()), file=sys.stderr)
        return 2
    files = _csv_files(folder)
    print(f"reference data OK: {_count_rows(files)} rows in {len(files)} files")
    return 0


def cmd_refs_update(args) -> int:
    from .refs_update import UpdateError, update

    folder = _refs_dir(args.refs)
    try:
        plan = update(folder, args.source, args.format, into=args.into, metric=args.metric, unit=args.unit,
                      source=args.source_text, source_url=args.source_url, dry_run=args.dry_run)
    except UpdateError as ex:
        for p in ex.problems:
            print(" ".join(str(p).split()), file=sys.stderr)
        return _fail(ex.summary)
    _emit(plan.report())
    if plan.applied:
        try:
            from .impact import update_summary
        except ImportError:
            return 0
        try:
            summary = update_summary(folder)
        except (_store_error(), InputError) as ex:  # the update is written; say why impact is missing
            summary = f"Impact not checked: {' '.join(str(ex).split())}"
        if summary:
            _emit(summary)
    return 0


def _store_error():
    """claims.review.StoreError (a one-line error about the review store), when the module exists."""
    try:
        from .review import StoreError
    except ImportError:
        return ()
    return StoreError


def cmd_refs_impact(args) -> int:
    from .impact import find_impact

    folder = _refs_dir(args.refs)
    if args.report is not None and not Path(args.report).is_dir():
        raise InputError(f"--report {args.report}: no such folder")
    try:
        impact = find_impact(folder, store_path=args.store, report_dir=args.report)
    except _store_error() as ex:
        raise InputError(str(ex)) from None
    if args.format == "json":
        _emit(json.dumps(impact.to_dict(), indent=2, ensure_ascii=False), utf8=True)
    else:
        _emit(impact.table())
    return 0


def _emit(text: str, utf8: bool = False) -> None:
    """Write ``text`` and a final newline to stdout. JSON and CSV always go out as UTF-8 (they
    are files for other tools); the table follows the terminal, replacing what it cannot show."""
    if not text.endswith("\n"):
        text += "\n"
    if utf8 and hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    sys.stdout.write(text)
    sys.stdout.flush()


# --------------------------------------------------------------------------------------------
# parser and main

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Find numeric claims in an article and check them "
                                            "against reference data.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="list the claims in one article, with verdicts",
                                description="List the numeric claims in one article, with verdicts.")
    check.add_argument("file", metavar="FILE", help="the article: a text file (UTF-8, UTF-16 or cp1252)")
    check.add_argument("--date", metavar="YYYY-MM-DD",
                       help="publication date (default: front matter, FILE.meta.json, a dateline; else today)")
    check.add_argument("--refs", metavar="DIR", help=f"reference data folder (default: {DEFAULT_REFS})")
    check.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    check.set_defaults(func=cmd_check)

    report = commands.add_parser(
        "report", help="check many articles; write an HTML/CSV/JSON report",
        description="Check every article the inputs name and write report.html, claims.csv, "
                    "claims.json, claimreview.jsonld and run.json into DIR.")
    report.add_argument("inputs", metavar="INPUT", nargs="+",
                        help="article files (.txt .md .html .pdf), folders (recursive), glob patterns, "
                             "corpora (.jsonl or .csv with id,date,title,text)")
    report.add_argument("--out", metavar="DIR", required=True, help="folder for the report files")
    report.add_argument("--refs", metavar="DIR", help=f"reference data folder (default: {DEFAULT_REFS})")
    report.add_argument("--date", metavar="YYYY-MM-DD",
                        help="publication date of articles that give none themselves (default: today)")
    report.add_argument("--workers", metavar="N", type=int, default=1,
                        help="local worker processes (default: 1, this process)")
    report.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on this Dask distributed scheduler (tcp://host:8786) instead")
    report.add_argument("--fail-on", metavar="VERDICT", choices=FAIL_ON, action="append",
                        help="exit with status 1 when a claim has this verdict (contradicted or "
                             "needs_review; may be given twice)")
    report.set_defaults(func=cmd_report)

    refs = commands.add_parser("refs", help="reference data: validate, update, impact",
                               description="Work with the reference data.")
    refs_commands = refs.add_subparsers(dest="refs_command", metavar="SUBCOMMAND", required=True)
    validate = refs_commands.add_parser("validate", help="check every reference CSV",
                                        description="Check every reference CSV; list the problems.")
    validate.add_argument("--refs", metavar="DIR", help=f"reference data folder (default: {DEFAULT_REFS})")
    validate.set_defaults(func=cmd_refs_validate)
    upd = refs_commands.add_parser(
        "update", help="import a statistics file into the reference data",
        description="Import SOURCE (a section 3 CSV, SDMX-CSV or a World Bank WDI CSV), merge it into "
                    "the reference data (changed values go to history/) and list what changed.")
    upd.add_argument("source", metavar="SOURCE", help="the file to import")
    upd.add_argument("--refs", metavar="DIR", help=f"reference data folder (default: {DEFAULT_REFS})")
    upd.add_argument("--into", metavar="FILE.csv",
                     help="file for new rows, relative to the reference folder (default: imported/<slug>.csv)")
    upd.add_argument("--format", choices=("tidy", "sdmx", "worldbank"),
                     help="SOURCE format (default: recognised from the file)")
    upd.add_argument("--metric", metavar="M", help="metric of the imported rows, snake_case (sdmx, worldbank)")
    upd.add_argument("--unit", metavar="U", help="unit of the imported rows (default: from the file's unit codes)")
    upd.add_argument("--source", dest="source_text", metavar="TEXT", help="who published the figures")
    upd.add_argument("--source-url", metavar="URL", help="where they were published")
    upd.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    upd.set_defaults(func=cmd_refs_update)
    imp = refs_commands.add_parser(
        "impact", help="list the earlier verdicts that the reference data now flips",
        description="Check the stored reviews and the last batch run again with the reference data as "
                    "it is now; list the claims whose verdict flips.")
    imp.add_argument("--refs", metavar="DIR", help=f"reference data folder (default: {DEFAULT_REFS})")
    imp.add_argument("--store", metavar="PATH", help="review store (default: $CLAIMS_STORE or .claims/reviews.sqlite3)")
    imp.add_argument("--report", metavar="DIR", help="a batch report folder (default: the last batch run recorded)")
    imp.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    imp.set_defaults(func=cmd_refs_impact)
    return parser


def _fail(message: str) -> int:
    message = " ".join(str(message).split()) or "failed"
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
            return args.func(args)
        except UsageError as ex:
            return _fail(f"{ex} (see: python -m claims --help)")
    except InputError as ex:
        return _fail(str(ex))
    except UnicodeError as ex:
        return _fail(f"{type(ex).__name__}: {ex}")
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as ex:
        return _fail(f"{ex.filename + ': ' if getattr(ex, 'filename', None) else ''}{ex.strerror or ex}")
    except KeyboardInterrupt:
        return 130
