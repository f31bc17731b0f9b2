"""Knowledge about English news text, apart from any one extractor: dependency labels of both schemes
(:mod:`~toolkit.lang.syntax`), entity label sets (:mod:`~toolkit.lang.labels`) and the wire dateline
(:mod:`~toolkit.lang.datelines`)."""
