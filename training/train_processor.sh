#!/usr/bin/env bash
# Train one Stanza processor for Indonesian with Stanza's own training tools, then score
# it on the held-out test set. Called by the Makefile at the repo root (`make models`);
# every hyperparameter of the shipped models is written here, and package_models.py
# quotes these *_ARGS arrays into models/manifest.json.
#
# Usage: training/train_processor.sh PROCESSOR [all|train|score]
#   PROCESSOR: tokenize | mwt | pos | lemma | depparse | ner
#   all (default) trains then scores; score alone re-scores the saved model.
# Environment: PYTHON (default .venv/bin/python), WORK_DIR (default training/work).
# Logs: $WORK_DIR/logs/PROCESSOR.train.log and PROCESSOR.test.log
set -euo pipefail

processor="$1"
stage="${2:-all}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$repo_root/.venv/bin/python}"
case "$PYTHON" in /*) ;; *) PYTHON="$repo_root/$PYTHON" ;; esac
WORK_DIR="${WORK_DIR:-$repo_root/training/work}"
case "$WORK_DIR" in /*) ;; *) WORK_DIR="$repo_root/$WORK_DIR" ;; esac
cd "$WORK_DIR"
mkdir -p logs
export UDBASE="$WORK_DIR/ud" DATA_ROOT="$WORK_DIR/data"
# One thread per process: the processors train side by side (make -j6), and on a small
# shared CPU one thread each loses less to thread contention than several each.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" MKL_NUM_THREADS="${MKL_NUM_THREADS:-1}"
run() { nice -n 5 "$PYTHON" "$@"; }

# CPU-sized hyperparameters; training/README.md says what they cost. The step counts are
# those the shipped models were trained for on 2 shared CPU cores; each run keeps the
# model of its best dev score (the manifest's steps_trained says at which step).
TOKENIZE_ARGS=(--no_charlm --steps 2000 --eval_steps 500)
MWT_ARGS=()
POS_ARGS=(--no_charlm --no_pretrain --batch_size 32 --max_steps 3000 --eval_interval 250
          --char_hidden_dim 200 --deep_biaff_hidden_dim 200)
LEMMA_ARGS=(--no_charlm --no_lemma_classifier --num_epoch 5)
# The default parser (hidden 400, 3 layers, biaffine 400) is 94 MB; these sizes keep all
# models together under 60 MB and train faster on a CPU.
DEPPARSE_ARGS=(--no_charlm --no_pretrain --batch_size 1500 --max_steps 2500 --eval_interval 250
               --hidden_dim 200 --char_hidden_dim 200 --deep_biaff_hidden_dim 200
               --num_layers 2)
NER_ARGS=(--no_pretrain --max_steps 3000 --eval_interval 500 --batch_size 32)

ner_dir="$DATA_ROOT/ner"
ner_model=(--save_dir saved_models/ner --save_name id_kutipan_nertagger.pt)

# --force: retrain even when training/work already holds a model from an earlier run.
train() {
  case "$processor" in
    tokenize) run -m stanza.utils.training.run_tokenizer id_csui --force "${TOKENIZE_ARGS[@]}" ;;
    mwt)      run -m stanza.utils.training.run_mwt id_csui --force "${MWT_ARGS[@]}" ;;
    pos)      run -m stanza.utils.training.run_pos id_csui --force "${POS_ARGS[@]}" ;;
    lemma)    run -m stanza.utils.training.run_lemma id_csui --force "${LEMMA_ARGS[@]}" ;;
    depparse) run -m stanza.utils.training.run_depparse id_csui --force "${DEPPARSE_ARGS[@]}" ;;
    ner)
      mkdir -p saved_models/ner
      run -m stanza.models.ner_tagger --mode train --shorthand id_kutipan \
          --train_file "$ner_dir/id_kutipan.train.json" --eval_file "$ner_dir/id_kutipan.dev.json" \
          "${ner_model[@]}" "${NER_ARGS[@]}" ;;
    *) echo "unknown processor: $processor" >&2; exit 2 ;;
  esac > "logs/$processor.train.log" 2>&1
}

score() {
  case "$processor" in
    tokenize) run -m stanza.utils.training.run_tokenizer id_csui --score_test "${TOKENIZE_ARGS[@]}" ;;
    mwt)      run -m stanza.utils.training.run_mwt id_csui --score_test "${MWT_ARGS[@]}" ;;
    pos)      run -m stanza.utils.training.run_pos id_csui --score_test "${POS_ARGS[@]}" ;;
    lemma)    run -m stanza.utils.training.run_lemma id_csui --score_test "${LEMMA_ARGS[@]}" ;;
    depparse) run -m stanza.utils.training.run_depparse id_csui --score_test "${DEPPARSE_ARGS[@]}" ;;
    ner)
      run -m stanza.models.ner_tagger --mode predict --shorthand id_kutipan \
          --eval_file "$ner_dir/id_kutipan.nergrit_test.json" "${ner_model[@]}" --no_pretrain \
          > logs/ner.nergrit_test.log 2>&1
      run -m stanza.models.ner_tagger --mode predict --shorthand id_kutipan \
          --eval_file "$ner_dir/id_kutipan.test.json" "${ner_model[@]}" --no_pretrain ;;
    *) echo "unknown processor: $processor" >&2; exit 2 ;;
  esac > "logs/$processor.test.log" 2>&1
}

case "$stage" in
  all) train; score ;;
  train) train ;;
  score) score ;;
  *) echo "unknown stage: $stage (all, train or score)" >&2; exit 2 ;;
esac
