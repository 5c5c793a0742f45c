# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/harbour_bridge.txt

.PHONY: run test eval bench clean

$(STAMP): pyproject.toml setup.py src/keypoints/_speedups.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[eval,test,dask,serve]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/keypoints brief $(EXAMPLE)

test: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest

# Full evaluation on the dev sets (minutes, not part of the tests); DATA points at ../shared/data.
DATA ?= ../shared/data
eval: $(STAMP)
	$(BIN)/keypoints eval $(DATA)/cnndm_validation_partial.jsonl.gz
	$(BIN)/keypoints eval $(DATA)/bbc_summary_dev.jsonl.gz

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache src/keypoints/*.so
