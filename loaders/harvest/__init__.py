"""Harvesting a council's minutes straight from its ModernGov site: a polite HTTP client,
the site's web service and pages, an archive of every raw response, and the run that ties
them together incrementally."""
