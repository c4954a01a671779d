# Offline Indonesian Stanza models: `make models` (or `make -j4 models` to train the
# processors side by side). Training data path: DATA=... (default ../shared/data).
# Working files go to training/work/ (git-ignored); the result replaces models/.

PYTHON ?= .venv/bin/python
DATA ?= ../shared/data
WORK_DIR ?= training/work
PROCESSORS := tokenize mwt pos lemma depparse ner

export PYTHON WORK_DIR

.PHONY: models prepare gazetteer clean-work setup test serve $(PROCESSORS)

models: $(PROCESSORS)
	$(PYTHON) training/package_models.py --work-dir $(WORK_DIR) --data-dir $(DATA) --models-dir models

prepare: $(WORK_DIR)/.prepared

$(WORK_DIR)/.prepared: training/prepare_data.py
	mkdir -p $(WORK_DIR)
	$(PYTHON) training/prepare_data.py $(DATA) $(WORK_DIR)
	cd $(WORK_DIR) && UDBASE=$$PWD/ud DATA_ROOT=$$PWD/data sh -c '\
	  $(abspath $(PYTHON)) -m stanza.utils.datasets.prepare_tokenizer_treebank UD_Indonesian-CSUI && \
	  $(abspath $(PYTHON)) -m stanza.utils.datasets.prepare_mwt_treebank UD_Indonesian-CSUI && \
	  $(abspath $(PYTHON)) -m stanza.utils.datasets.prepare_pos_treebank UD_Indonesian-CSUI && \
	  $(abspath $(PYTHON)) -m stanza.utils.datasets.prepare_depparse_treebank UD_Indonesian-CSUI --gold && \
	  $(abspath $(PYTHON)) -m stanza.utils.datasets.prepare_lemma_treebank UD_Indonesian-CSUI --gold --no_lemma_classifier' \
	  > prepare.log 2>&1
	touch $@

$(PROCESSORS): $(WORK_DIR)/.prepared
	training/train_processor.sh $@

# The word list that cuts place and organisation words off the front of names
# (attribution/lexicons/id/gazetteer.json), derived from the NER data.
gazetteer:
	$(PYTHON) training/build_gazetteer.py $(DATA)

clean-work:
	rm -rf $(WORK_DIR)

# --- Everyday commands (the README's two commands) -------------------------------------
PORT ?= 8000

# Create .venv and install kutipan (CPU torch) and its test tools.
setup:
	scripts/bootstrap.sh

# Set up, then run every test (unit, service, schemathesis, models, eval targets, Docker).
test: setup
	.venv/bin/python -m pytest $(PYTEST_ARGS)

# Set up, then serve the API on PORT (default 8000) under gunicorn.
serve: setup
	.venv/bin/kutipan serve --port $(PORT)
