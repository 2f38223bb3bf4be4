"""Scale-out engines for `presslens ingest` (dask.distributed)."""
