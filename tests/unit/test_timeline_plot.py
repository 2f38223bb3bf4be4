"""The timeline plot keeps every label inside the figure and off the plotting area."""

from __future__ import annotations

from presslens.render.timeline_plot import figure_of

LONG = "Am Dienstag sagte Verteidigungsminister Boris Pistorius, Deutschland werde keine Taurus-Marschflugkörper liefern."


def test_labels_stand_right_of_the_axes_and_inside_the_figure() -> None:
    from matplotlib import pyplot as plt

    rows = [{"date": date, "expression": "Dienstag", "sentence": LONG} for date in ("2023", "2024-02", "2024-03-05", "2024-03-07")]
    figure = figure_of(rows)
    try:
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        axes = figure.axes[0]
        labels = [label for label in axes.get_yticklabels() if label.get_text()]
        assert len(labels) == 4
        for label in labels:
            box = label.get_window_extent(renderer)
            assert box.x0 >= axes.bbox.x1 - 1, "a label runs over the plotting area"
            assert box.x1 <= figure.bbox.x1 + 1, "a label runs past the figure's edge"
        assert "Pistorius" in labels[0].get_text()
        assert all(label.get_text().count("\n") <= 1 for label in labels)  # at most two lines each
    finally:
        plt.close(figure)
