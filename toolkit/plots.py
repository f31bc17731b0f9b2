"""Pictures of an analysis with matplotlib: every figure has labelled axes and a title, and returns its Figure.

>>> from toolkit import analyze, load_article                     # doctest: +SKIP
>>> result = analyze(load_article("story.txt"), anchor="2024-05-01")  # doctest: +SKIP
>>> fig = plot_timeline(result)                                      # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Iterable
from datetime import date, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .analysis import Analysis
from .quotes.types import STATEMENT_TYPES

__all__ = ["plot_mentions", "plot_network", "plot_stance", "plot_timeline"]

# A gap this long between dated events, in a timeline spanning longer still, breaks the date axis in two.
_BREAK_GAP = timedelta(days=3 * 365)
_COLOURS = {"exact": "#1f5f99", "approximate": "#5b8fc7", "interval": "#2e7d4f", "relative": "#a0a0a0"}


def _timeline_rows(source: Analysis | pd.DataFrame) -> pd.DataFrame:
    table = source.tables["timeline"] if isinstance(source, Analysis) else source
    return table[table["start_date"].notna()].reset_index(drop=True)


def _segments(dates: list[date]) -> list[tuple[date, date]]:
    """Date ranges to draw: one, or two when a long gap separates clusters of dates (a broken axis)."""
    ordered = sorted(set(dates))
    gaps = [(b - a, a, b) for a, b in itertools.pairwise(ordered)]
    if not gaps:
        return [(ordered[0], ordered[0])]
    widest, left_end, right_start = max(gaps)
    if widest < _BREAK_GAP:
        return [(ordered[0], ordered[-1])]
    return [(ordered[0], left_end), (right_start, ordered[-1])]


def _label(row: pd.Series, width: int = 34) -> str:
    """The event and the expression that dates it, on at most three lines, numbered as in the table's
    ``order`` column (where the full wording is)."""
    dated_by = f"({row['timex']})" if row["timex"] else "(date of the event before)"
    number = f"{row['order']}. " if pd.notna(row.get("order")) else ""
    return "\n".join(textwrap.wrap(f"{number}{row['event']} {dated_by}", width=width, max_lines=3,
                                   placeholder=" …"))


def _date_format(first: date, last: date) -> str:
    """Tick labels that always say the month and the year: days over a short range, months or years over
    longer ones."""
    span = (last - first).days
    return "%-d %b\n%Y" if span <= 120 else "%b\n%Y" if span <= 3 * 365 else "%Y"


def plot_timeline(source: Analysis | pd.DataFrame, title: str | None = None) -> Figure:
    """Events on a date axis: points for days, bars for longer periods and open intervals ("since 2006"), a
    lighter shade for approximate dates ("late last month"). A long gap between dates breaks the axis in two.
    Events without a calendar date (no anchor, or placed only relative to another event) are counted in the
    caption, not drawn.
    """
    rows = _timeline_rows(source)
    table = source.tables["timeline"] if isinstance(source, Analysis) else source
    undated = len(table) - len(rows)
    height = max(2.5, 0.62 * len(rows) + 1.5)
    if rows.empty:
        fig, ax = plt.subplots(figsize=(8, 2.5))
        ax.set_axis_off()
        ax.text(0.5, 0.5, f"No event has a calendar date ({undated} undated or relative).\n"
                "Pass an anchor date to place relative expressions.", ha="center", va="center")
        return fig
    dates = [d for pair in zip(rows["start_date"], rows["end_date"].fillna(rows["start_date"]), strict=True)
             for d in pair]
    segments = _segments(dates)
    fig, axes = plt.subplots(1, len(segments), sharey=True, figsize=(12, height),
                             gridspec_kw={"wspace": 0.08}, squeeze=False)
    axes = list(axes[0])
    for ax, (first, last) in zip(axes, segments, strict=True):
        _draw_events(ax, rows)
        pad = timedelta(days=max(3, (last - first).days // 20))
        ax.set_xlim(first - pad, last + pad)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=4))
        ax.xaxis.set_major_formatter(mdates.DateFormatter(_date_format(first - pad, last + pad)))
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    _mark_break(axes)
    axes[0].set_yticks(range(len(rows)), [_label(r) for _, r in rows.iterrows()], fontsize=9)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("Event (the expression that dates it)")
    fig.supxlabel("Date" + (" — axis broken across a long gap" if len(axes) > 1 else ""))
    fig.suptitle(title or "Timeline of dated events")
    if undated:
        fig.text(0.01, 0.005, f"{undated} event(s) without a calendar date are not drawn.", fontsize=8)
    handles = [Patch(color=colour, alpha=0.8 if kind != "approximate" else 0.35, label=kind,
                     hatch="//" if kind == "interval" else None) for kind, colour in _COLOURS.items()
               if kind in set(rows["certainty"])]
    fig.legend(handles=handles, title="date", fontsize=8, title_fontsize=8, loc="lower right", ncol=len(handles),
               frameon=False, bbox_to_anchor=(0.97, 0.0))
    fig.subplots_adjust(left=0.3, right=0.97, bottom=0.16, top=0.9)
    return fig


def _draw_events(ax, rows: pd.DataFrame) -> None:
    for y, row in rows.iterrows():
        start, end = row["start_date"], row["end_date"] if pd.notna(row["end_date"]) else row["start_date"]
        colour = _COLOURS.get(row["certainty"], "#555555")
        if end > start:
            alpha = 0.35 if row["certainty"] == "approximate" else 0.8
            ax.barh(y, (end - start).days + 1, left=start, height=0.5, color=colour, alpha=alpha,
                    edgecolor=colour, linewidth=0.8, hatch="//" if row["certainty"] == "interval" else None)
        else:
            ax.plot([start], [y], marker="o", color=colour, markersize=7)


def _mark_break(axes) -> None:
    """Hide the spines between panels and draw the usual diagonal break marks."""
    for left, right in itertools.pairwise(axes):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", left=False)
        marks = {"marker": [(-1, -1), (1, 1)], "markersize": 10, "linestyle": "none", "color": "k",
                 "mec": "k", "mew": 1, "clip_on": False}
        left.plot([1, 1], [0, 1], transform=left.transAxes, **marks)
        right.plot([0, 0], [0, 1], transform=right.transAxes, **marks)


_TYPE_COLOURS = {"PERSON": "#c0504d", "ORG": "#4f81bd", "GPE": "#9bbb59", "LOC": "#8064a2", "NORP": "#f79646"}


def plot_mentions(source: Analysis | pd.DataFrame, top: int = 15, title: str | None = None) -> Figure:
    """Horizontal bar chart of the most mentioned actors (names, descriptions and pronouns), coloured by type."""
    table = source.tables["actors"] if isinstance(source, Analysis) else source
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    ranked = table.sort_values(["mentions", "first_start"], ascending=[False, True])
    rows, rest = ranked.head(top).iloc[::-1], ranked.iloc[top:]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(rows) + 1)))
    if rows.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No actors found.", ha="center", va="center")
        return fig
    ax.barh(rows["actor"], rows["mentions"], color=[_TYPE_COLOURS.get(t, "#777777") for t in rows["type"]])
    ax.set_xlabel("Mentions (names, descriptions, pronouns)")
    ax.set_ylabel("Actor")
    ax.set_title(title or "Who the article is about")
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [Patch(color=c, label=t) for t, c in _TYPE_COLOURS.items() if t in set(rows["type"])]
    ax.legend(handles=handles, fontsize=8, loc="lower right")
    fig.tight_layout()
    if len(rest):
        _footnote(fig, f"The {len(rows)} most mentioned of {len(table)} actors; {_left_out(rest['mentions'])} "
                       f"(plot_mentions(..., top=N)).")
    return fig


def _left_out(mentions: pd.Series) -> str:
    """What a "top N" view leaves out: "8 others, with at most 1 mention each, are not shown"."""
    most = int(mentions.max())
    return (f"{len(mentions)} other{'s' if len(mentions) > 1 else ''}, with at most {most} "
            f"mention{'s' if most != 1 else ''} each, {'are' if len(mentions) > 1 else 'is'} not shown")


def _names(names: list[str], shown: int = 4) -> str:
    """A few names and how many more."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def _footnote(fig: Figure, text: str) -> None:
    """A line under the axes saying what the figure leaves out."""
    fig.subplots_adjust(bottom=fig.subplotpars.bottom + 0.06)
    fig.text(0.01, 0.01, text, fontsize=8, color="#444444")


def plot_network(source: Analysis, min_weight: int = 1, title: str | None = None, top: int | None = None) -> Figure:
    """The actor co-occurrence network: node size by mentions, edge width by shared sentences. ``top`` keeps
    the most mentioned actors only, ``min_weight`` the pairs named together that often; actors left with no
    link are not drawn (they would only crowd the picture); a footnote says what is left out. The layout is
    deterministic, so the drawing is the same from run to run."""
    import networkx as nx

    if top is not None and top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    graph = source.network()
    ranked = sorted(graph.nodes, key=lambda n: -graph.nodes[n]["mentions"])  # ties: first named first
    rest = pd.Series([graph.nodes[n]["mentions"] for n in ranked[top:]] if top is not None else [], dtype=int)
    graph.remove_nodes_from(ranked[top:] if top is not None else [])
    weak = [(a, b) for a, b, w in graph.edges(data="weight") if w < min_weight]
    graph.remove_edges_from(weak)
    alone = list(nx.isolates(graph)) if graph.number_of_nodes() > 1 else []  # named with no other actor
    if len(alone) < graph.number_of_nodes():  # when no actor is linked to another, they are the picture
        graph.remove_nodes_from(alone)
    else:
        alone = []
    fig, ax = plt.subplots(figsize=(9, 7))
    ax.set_title(title or "Actors named in the same sentence")
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No actors found.", ha="center", va="center")
        return fig
    # Kamada-Kawai keeps strongly linked actors together and spreads the rest evenly (deterministic: no
    # random start); adjustText then moves the labels off each other and off the nodes.
    layout = nx.kamada_kawai_layout(graph) if graph.number_of_nodes() > 2 else nx.circular_layout(graph)
    sizes = [200 + 120 * graph.nodes[n]["mentions"] for n in graph.nodes]
    colours = [_TYPE_COLOURS.get(graph.nodes[n]["type"], "#777777") for n in graph.nodes]
    widths = [0.4 + 0.8 * w for _, _, w in graph.edges(data="weight")]
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#bbbbbb", alpha=0.6)
    nodes = nx.draw_networkx_nodes(graph, layout, ax=ax, node_size=sizes, node_color=colours, alpha=0.9)
    _place_labels(ax, layout, avoid=nodes)
    left_out = [f"the {len(ranked) - len(rest)} most mentioned of {len(ranked)} actors; {_left_out(rest)}"] \
        if len(rest) else []
    left_out += [f"{len(weak)} pair{'s' if len(weak) > 1 else ''} named together fewer than {min_weight} times "
                 f"{'are' if len(weak) > 1 else 'is'} not drawn"] if weak else []
    left_out += [f"{len(alone)} actor{'s' if len(alone) > 1 else ''} named in no sentence with another "
                 f"({_names(alone)}) {'are' if len(alone) > 1 else 'is'} not drawn"] if alone else []
    if left_out:
        _footnote(fig, "Shown: " + "; ".join(left_out) + ".")
    handles = [Patch(color=c, label=t) for t, c in _TYPE_COLOURS.items()
               if t in {graph.nodes[n]["type"] for n in graph.nodes}]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))  # beside, over no node
    fig.subplots_adjust(right=0.86)
    return fig


def _place_labels(ax, layout: dict, avoid) -> None:
    """Node labels that overlap neither each other nor the nodes, joined to their node by a thin line when
    they had to move."""
    from adjustText import adjust_text

    texts = [ax.text(x, y, name, fontsize=8, ha="center", va="center",
                     bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
             for name, (x, y) in layout.items()]
    xs, ys = zip(*layout.values(), strict=True)
    ax.set_xlim(min(xs) - 0.25, max(xs) + 0.25)
    ax.set_ylim(min(ys) - 0.15, max(ys) + 0.15)
    adjust_text(texts, ax=ax, objects=avoid, expand=(1.15, 1.4), min_arrow_len=8,
                arrowprops={"arrowstyle": "-", "color": "#666666", "lw": 0.5})


def plot_stance(source: Analysis | pd.DataFrame, title: str | None = None, by: str = "claims",
                types: Iterable[str] | None = STATEMENT_TYPES) -> Figure:
    """Heatmap of who takes which position towards whom (net count per cell; red = against, blue = for).

    ``by="claims"``: rows are speakers, columns the actors their claims are about. ``by="portrayals"``: rows
    are the voices (the speaker of a statement in the sentence, or the article's own narration), columns the
    actors they portray, +1 per positive and -1 per negative sentence (see :func:`toolkit.analysis.stance_matrix`),
    each cell with the portrayal model's mean probability for the sentences it counts, in brackets.
    ``types``: the attribution types whose claims count (statements, and positions taken outside any attribution,
    by default; ``None`` for every type).
    """
    from .analysis import stance_matrix

    matrix = stance_matrix(source, by=by, types=types)
    sure = stance_matrix(source, by=by, confidence=True).reindex_like(matrix) if by == "portrayals" and \
        not matrix.empty else None
    fig, ax = plt.subplots(figsize=(max(5, 1.2 * len(matrix.columns) + 3), max(2.5, 0.6 * len(matrix) + 1.5)))
    claims = by == "claims"
    ax.set_title(title or ("Stance of speakers towards actors (net claims)" if claims else
                           "How actors are portrayed, by voice (net sentences)"))
    if matrix.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No claim takes a stance towards a named actor." if claims else
                "No sentence portrays an actor positively or negatively.", ha="center", va="center")
        return fig
    limit = max(1, int(abs(matrix.values).max()))
    image = ax.imshow(matrix.values, cmap="RdBu", vmin=-limit, vmax=limit, aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), matrix.index)
    for (row, column), value in np.ndenumerate(matrix.values):
        if value:  # white on the dark ends of the scale, black on the pale middle
            label = f"{value:+d}" if sure is None else f"{value:+d}\n({sure.iat[row, column]:.2f})"
            ax.text(column, row, label, ha="center", va="center", fontsize=9 if sure is None else 8,
                    color="white" if abs(value) > limit / 2 else "black")
    _separate_documents(ax, list(matrix.index))
    ax.set_xlabel("Target of the claim" if claims else "Actor portrayed")
    ax.set_ylabel("Source (speaker or document)" if claims else "Voice (speaker, document or the narration)")
    bar = fig.colorbar(image, ax=ax, label="support (+) / oppose (−)" if claims else
                       "positive (+) / negative (−); (the model's mean probability)")
    bar.set_ticks(range(-limit, limit + 1, max(1, limit // 4)))  # counts: whole numbers only
    fig.tight_layout()
    return fig


def _separate_documents(ax, rows: list[str]) -> None:
    """Documents (and the narration) are sources of another kind than speakers: italic labels, below a line."""
    from .analysis import DOCUMENT_SUFFIX, NARRATION

    others = [i for i, name in enumerate(rows) if name.endswith(DOCUMENT_SUFFIX) or name == NARRATION]
    for i in others:
        ax.get_yticklabels()[i].set_fontstyle("italic")
    if others and others[0] > 0:
        ax.axhline(others[0] - 0.5, color="black", linewidth=1.5)
