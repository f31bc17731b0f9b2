"""Pictures of an analysis with matplotlib: every figure has labelled axes and a title, and returns its Figure.

>>> from toolkit import analyze, load_article                     # doctest: +SKIP
>>> result = analyze(load_article("story.txt"), anchor="2024-05-01")  # doctest: +SKIP
>>> fig = plot_timeline(result)                                      # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import textwrap
from datetime import date, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .analysis import Analysis

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


def _label(row: pd.Series, width: int = 36) -> str:
    event = textwrap.shorten(str(row["event"]), width=width, placeholder="…")
    return f"{event} ({row['timex']})" if row["timex"] else f"{event} (cue)"


def plot_timeline(source: Analysis | pd.DataFrame, title: str | None = None) -> Figure:
    """Events on a date axis: points for days, bars for longer periods and open intervals ("since 2006"), a
    lighter shade for approximate dates ("late last month"). A long gap between dates breaks the axis in two.
    Events without a calendar date (no anchor, or placed only relative to another event) are counted in the
    caption, not drawn.
    """
    rows = _timeline_rows(source)
    table = source.tables["timeline"] if isinstance(source, Analysis) else source
    undated = len(table) - len(rows)
    height = max(2.5, 0.45 * len(rows) + 1.5)
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
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    _mark_break(axes)
    axes[0].set_yticks(range(len(rows)), [_label(r) for _, r in rows.iterrows()], fontsize=9)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("Event (expression that dates it)")
    fig.supxlabel("Date" + (" — axis broken across a long gap" if len(axes) > 1 else ""))
    fig.suptitle(title or "Timeline of dated events")
    if undated:
        fig.text(0.01, 0.005, f"{undated} event(s) without a calendar date are not drawn.", fontsize=8)
    handles = [Patch(color=colour, alpha=0.8 if kind != "approximate" else 0.35, label=kind,
                     hatch="//" if kind == "interval" else None) for kind, colour in _COLOURS.items()
               if kind in set(rows["certainty"])]
    fig.legend(handles=handles, title="date", fontsize=8, title_fontsize=8, loc="lower right", ncol=len(handles),
               frameon=False)
    fig.subplots_adjust(left=0.36, right=0.98, bottom=0.16, top=0.9)
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
    rows = table.sort_values(["mentions", "first_start"], ascending=[False, True]).head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(rows) + 1)))
    ax.barh(rows["actor"], rows["mentions"], color=[_TYPE_COLOURS.get(t, "#777777") for t in rows["type"]])
    ax.set_xlabel("Mentions (names, descriptions, pronouns)")
    ax.set_ylabel("Actor")
    ax.set_title(title or "Who the article is about")
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [Patch(color=c, label=t) for t, c in _TYPE_COLOURS.items() if t in set(rows["type"])]
    ax.legend(handles=handles, fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig


def plot_network(source: Analysis, min_weight: int = 1, title: str | None = None) -> Figure:
    """The actor co-occurrence network: node size by mentions, edge width by shared sentences; a fixed
    layout seed keeps the drawing the same from run to run."""
    import networkx as nx

    graph = source.network()
    graph.remove_edges_from([(a, b) for a, b, w in graph.edges(data="weight") if w < min_weight])
    fig, ax = plt.subplots(figsize=(9, 7))
    ax.set_title(title or "Actors named in the same sentence")
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No actors found.", ha="center", va="center")
        return fig
    layout = nx.spring_layout(graph, seed=7, k=2.0 / max(1, graph.number_of_nodes()) ** 0.5)
    sizes = [200 + 120 * graph.nodes[n]["mentions"] for n in graph.nodes]
    colours = [_TYPE_COLOURS.get(graph.nodes[n]["type"], "#777777") for n in graph.nodes]
    widths = [0.6 + 0.8 * w for _, _, w in graph.edges(data="weight")]
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#999999", alpha=0.7)
    nx.draw_networkx_nodes(graph, layout, ax=ax, node_size=sizes, node_color=colours, alpha=0.9)
    for name, (x, y) in layout.items():
        ax.annotate(name, (x, y), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=8,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    handles = [Patch(color=c, label=t) for t, c in _TYPE_COLOURS.items()
               if t in {graph.nodes[n]["type"] for n in graph.nodes}]
    ax.legend(handles=handles, fontsize=8, loc="lower left")
    return fig


def plot_stance(source: Analysis | pd.DataFrame, title: str | None = None, by: str = "claims") -> Figure:
    """Heatmap of who takes which position towards whom (net count per cell; red = against, blue = for).

    ``by="claims"``: rows are speakers, columns the actors their claims are about. ``by="portrayals"``: rows
    are the voices (the speaker of a statement in the sentence, or the article's own narration), columns the
    actors they portray, +1 per positive and -1 per negative sentence (see :func:`toolkit.analysis.stance_matrix`).
    """
    from .analysis import stance_matrix

    matrix = stance_matrix(source, by=by)
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
            ax.text(column, row, f"{value:+d}", ha="center", va="center", fontsize=9,
                    color="white" if abs(value) > limit / 2 else "black")
    ax.set_xlabel("Target of the claim" if claims else "Actor portrayed")
    ax.set_ylabel("Speaker" if claims else "Voice (speaker, or the article's narration)")
    bar = fig.colorbar(image, ax=ax, label="support (+) / oppose (−)" if claims else "positive (+) / negative (−)")
    bar.set_ticks(range(-limit, limit + 1, max(1, limit // 4)))  # counts: whole numbers only
    fig.tight_layout()
    return fig
    limit = max(1, int(abs(matrix.values).max()))
    image = ax.imshow(matrix.values, cmap="RdBu", vmin=-limit, vmax=limit, aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), matrix.index)
    for (row, column), value in np.ndenumerate(matrix.values):
        if value:
            ax.text(column, row, f"{value:+d}", ha="center", va="center", fontsize=9)
    ax.set_xlabel("Target of the claim")
    ax.set_ylabel("Speaker")
    fig.colorbar(image, ax=ax, label="support (+) / oppose (−)")
    fig.tight_layout()
    return fig
