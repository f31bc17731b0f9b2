"""The spaCy side of the toolkit: resolving, verifying, loading and caching pipelines
(:mod:`~toolkit.pipeline.loading`), the components the toolkit adds and their registration
(:mod:`~toolkit.pipeline.components`), the paragraph boundaries (:mod:`~toolkit.pipeline.paragraphs`) and the
Doc extensions (:mod:`~toolkit.pipeline.extensions`).

>>> from toolkit.pipeline import load_pipeline
>>> load_pipeline("blank:en").pipe_names
['toolkit_paragraphs', 'sentencizer', 'toolkit_entities', 'toolkit_timexes']
"""

from .components import TOOLKIT_COMPONENTS, add_toolkit_components, trained_components
from .loading import (
    ALIASES,
    DEFAULT_PIPELINE,
    ENV_VAR,
    PIPELINE_HELP,
    SHIPPED_NAME,
    SM,
    PinnedPackage,
    PipelineSource,
    blank_pipeline,
    load_pipeline,
    pinned_model_dir,
    pipeline_info,
    pipeline_source,
    resolve_pipeline_name,
    shipped_pipeline_path,
    verify_pinned,
)
from .paragraphs import paragraph_boundaries

__all__ = [
    "ALIASES",
    "DEFAULT_PIPELINE",
    "ENV_VAR",
    "PIPELINE_HELP",
    "SHIPPED_NAME",
    "SM",
    "TOOLKIT_COMPONENTS",
    "PinnedPackage",
    "PipelineSource",
    "add_toolkit_components",
    "blank_pipeline",
    "load_pipeline",
    "paragraph_boundaries",
    "pinned_model_dir",
    "pipeline_info",
    "pipeline_source",
    "resolve_pipeline_name",
    "shipped_pipeline_path",
    "trained_components",
    "verify_pinned",
]
