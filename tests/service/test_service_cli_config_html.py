"""kutipan extract, configuration from the environment, attribution.html."""
from __future__ import annotations

import io
import json

import pytest

from attribution.html import html_to_text
from service import cli
from service.config import ConfigError, Settings

from conftest import fake_extract


@pytest.fixture
def offline_cli(monkeypatch):
    """The CLI with the fake engine and no models."""
    monkeypatch.setattr(cli, "_loader", lambda: None)
    monkeypatch.setattr("attribution.extract", fake_extract)


def run_cli(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_json_reads_a_request_and_writes_the_response(offline_cli, monkeypatch, capsys):
    request = {"text": "“Siap,” kata Ani.", "published": "2024-06-22", "url": "u"}
    code, out, _ = run_cli(monkeypatch, capsys, ["extract", "--json"], json.dumps(request))
    assert code == 0
    body = json.loads(out)
    assert body["quotes"][0]["speaker"]["name"] == "Ani" and body["url"] == "u" and body["published"] == "2024-06-22"


def test_extract_json_invalid_request_exits_1_with_the_error_shape(offline_cli, monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, ["extract", "--json"], '{"text": ""}')
    assert code == 1
    assert json.loads(out)["error"]["code"] == "invalid_field"


def test_extract_jsonl_answers_each_line_in_order(offline_cli, monkeypatch, capsys):
    lines = ['{"text": "“A,” kata Ani."}', "not json", "", '{"html": "<p>“B,” kata Budi.</p>"}']
    code, out, err = run_cli(monkeypatch, capsys, ["extract", "--jsonl", "--no-progress"], "\n".join(lines))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one line failed
    assert len(answers) == 3
    assert answers[0]["quotes"][0]["speaker"]["name"] == "Ani"
    assert answers[1]["error"]["code"] == "malformed_json"
    assert answers[2]["quotes"][0]["speaker"]["name"] == "Budi"
    assert err == ""


def test_extract_files_one_line_per_file(offline_cli, monkeypatch, capsys, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("“A,” kata Ani.", encoding="utf-8")
    code, out, _ = run_cli(monkeypatch, capsys, ["extract", "--no-progress", str(good), str(tmp_path / "missing.txt")])
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert first["file"] == str(good) and first["quotes"][0]["speaker"]["name"] == "Ani"
    assert second["error"]["code"] == "unreadable_file"


def test_extract_without_models_exits_3(monkeypatch, capsys):
    from attribution.errors import ModelsUnavailableError

    def missing():
        raise ModelsUnavailableError("manifest.json is missing")

    monkeypatch.setattr(cli, "_loader", missing)
    code, out, err = run_cli(monkeypatch, capsys, ["extract", "--json"], '{"text": "a"}')
    assert code == 3 and "manifest.json is missing" in err and out == ""


def test_settings_from_env_parse_and_default():
    settings = Settings.from_env({"KUTIPAN_PORT": "9000", "KUTIPAN_WORKERS": "3", "KUTIPAN_API_KEYS": " a, b ,",
                                  "KUTIPAN_MAX_BODY_BYTES": "2048", "KUTIPAN_LOG_LEVEL": "debug",
                                  "KUTIPAN_PRELOAD": "yes"})
    assert (settings.port, settings.workers, settings.api_keys) == (9000, 3, ("a", "b"))
    assert settings.max_body_bytes == 2048 and settings.log_level == "DEBUG" and settings.preload is True
    defaults = Settings.from_env({})
    assert defaults.max_body_bytes == 1_000_000 and defaults.api_keys == () and defaults.workers >= 1


@pytest.mark.parametrize("env", [{"KUTIPAN_PORT": "http"}, {"KUTIPAN_WORKERS": "0"}, {"KUTIPAN_LOG_LEVEL": "LOUD"},
                                 {"KUTIPAN_PRELOAD": "maybe"}])
def test_bad_settings_are_refused_with_the_variable_named(env):
    with pytest.raises(ConfigError, match=next(iter(env))):
        Settings.from_env(env)


def test_serve_with_bad_settings_exits_2(monkeypatch, capsys):
    monkeypatch.setenv("KUTIPAN_WORKERS", "none")
    assert cli.main(["serve"]) == 2
    assert "KUTIPAN_WORKERS" in capsys.readouterr().err


def test_html_to_text_drops_invisible_elements_and_keeps_paragraphs():
    html = """<!DOCTYPE html><html><head><title>T</title><style>p{}</style><script>x()</script></head>
    <body><h1>Judul</h1><p>Satu <i>dua</i>&nbsp;tiga.</p><!-- komentar --><noscript>aktifkan JS</noscript>
    <template><p>tersembunyi</p></template><ul><li>a</li><li>b</li></ul><p>baris<br>baru</p></body></html>"""
    assert html_to_text(html) == "Judul\nSatu dua tiga.\na\nb\nbaris\nbaru"


@pytest.mark.parametrize("html", ["", "<script>a</script>", "<<<", "<p>\x00\x07</p>", "&amp;" * 3, "<p" * 50])
def test_html_to_text_never_fails_and_leaves_no_control_characters(html):
    text = html_to_text(html)
    assert all(ch in "\n" or ord(ch) >= 32 for ch in text)
