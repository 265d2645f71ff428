"""Minutes in Portuguese/Spanish set as plain text: lettered sections over numbered
paragraphs with no blank lines, and lists whose last-but-one item closes on "; e".
(Made-up text in the shape of central-bank minutes.)"""

from __future__ import annotations

from briefing.ingest.lettered_sections import is_section_line
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.text_fragments import join_inline_breaks

_WRAPPED = """A) Atualização da conjuntura e do cenário básico do Comitê de Exemplo
1. No cenário externo, o ambiente segue desafiador, com incerteza elevada sobre a
trajetória das economias centrais e sobre os preços das matérias-primas no mercado.
2. Em relação à atividade econômica doméstica, os dados divulgados desde a reunião
anterior indicam moderação do crescimento, em linha com o esperado pelo Comitê.
3. A inflação ao consumidor segue acima da meta, com alta disseminada entre vários
componentes, e as expectativas para os próximos anos se mantêm acima do centro.
B) Riscos em torno do cenário básico para a inflação
4. O cenário do Comitê para a inflação envolve fatores de risco em ambas as direções,
e o balanço entre eles segue sendo avaliado a cada reunião do colegiado.
5. Por um lado, uma reversão dos preços das matérias-primas pode levar a inflação a
uma trajetória abaixo da esperada no horizonte relevante para a política monetária.
"""


def _nodes(source: str) -> list:
    out = []
    text = ""

    def walk(nodes, depth):
        for node in nodes:
            out.append((depth, node.kind, node.label, text[node.start : node.end]))
            walk(node.children, depth + 1)

    release = release_from_text(source)
    text = release.text
    walk(release.root.children, 0)
    return out


def test_section_line_shapes() -> None:
    assert is_section_line("A) Atualização da conjuntura econômica")
    assert is_section_line("II. Decisión de política monetaria")
    assert not is_section_line("A) Atualização da conjuntura econômica.")  # a sentence
    assert not is_section_line("1. No cenário externo")
    assert not is_section_line("a) projeta-se reajuste de 0% para a gasolina")


def test_lettered_section_over_unspaced_numbered_paragraphs() -> None:
    nodes = _nodes(_WRAPPED)
    headings = [n for n in nodes if n[1] == "heading"]
    assert [h[3][:2] for h in headings] == ["A)", "B)"]
    numbered = [n for n in nodes if n[1] == "paragraph" and n[2]]
    assert [n[2] for n in numbered] == ["1.", "2.", "3.", "4.", "5."]
    assert all(n[0] == 1 for n in numbered)  # nested under their section


def test_item_after_semicolon_and_conjunction_is_not_joined() -> None:
    lines = [
        "12. Os choques identificados e seus impactos foram reavaliados de acordo com as"
        " novas informações disponíveis. O cenário considera as seguintes hipóteses:",
        "a) projeta-se reajuste de 0% para a gasolina e para o gás de bujão no acumulado"
        " do ano, como na reunião anterior do Comitê;",
        "b) a projeção para os preços administrados por contrato baseia-se no modelo de"
        " determinação endógena, que considera o Índice Geral de Preços (IGP); e",
        "c) o modelo de vetores autorregressivos estima um spread de 10 p.b. no quarto"
        " trimestre, com trajetória estável ao longo do horizonte.",
        "13. Em relação à política fiscal, as projeções levam em conta o cumprimento da"
        " meta de resultado primário estabelecida para o ano corrente.",
    ]
    assert join_inline_breaks(lines) == lines
    # Without the conjunction's close, a lower-case line still joins as before.
    glued = join_inline_breaks(
        [*lines[:1], "b) a projeção segue o modelo de", "preços", *lines[3:]]
    )
    assert glued[1].startswith("b) a projeção segue o modelo de preços")


_UNSPACED = """1. No cenário externo, o ambiente segue desafiador, com incerteza elevada sobre
trajetória das economias centrais, sobre preços de matérias-primas e o comércio.
Finalmente, o núcleo sem suavização mostra elevação no primeiro critério de medida.
2. Em relação à atividade doméstica, os dados indicam moderação do crescimento, em linha
com o esperado pelo Comitê, e a ociosidade segue elevada em vários setores da economia.
3. A inflação ao consumidor segue acima da meta, com alta disseminada entre componentes.
4. O cenário do Comitê para a inflação envolve fatores de risco em ambas as direções, e
o balanço entre eles segue sendo avaliado a cada reunião do colegiado e pelo mercado.
5. O investimento tem-se retraído, influenciado pela ocorrência de eventos não econômicos
e por incerteza sobre reformas. Entretanto, para a maior parte dos membros presentes,
o Comitê, depois de um período necessário de ajustes, vê o ritmo de atividade crescer.
Mercado de trabalho
6. A taxa de desemprego recuou no trimestre, com criação de postos de trabalho formais.
"""


def test_sentence_end_at_margin_inside_numbered_paragraph_is_a_wrap() -> None:
    nodes = _nodes(_UNSPACED)
    paragraphs = [n for n in nodes if n[1] == "paragraph"]
    assert [n[2] for n in paragraphs] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert "Finalmente, o núcleo" in paragraphs[0][3]


def test_word_o_at_a_wrapped_line_start_is_no_bullet() -> None:
    nodes = _nodes(_UNSPACED)
    assert not [n for n in nodes if n[1] == "item"]
    assert "o Comitê, depois" in [n for n in nodes if n[2] == "5."][0][3]


def test_short_unpunctuated_line_over_a_number_stays_a_heading() -> None:
    nodes = _nodes(_UNSPACED)
    assert ("heading", "Mercado de trabalho") in [(n[1], n[3].strip()) for n in nodes]


_PROSE = (
    "Os indicadores divulgados desde a reunião anterior mostram que a atividade segue em"
    " ritmo moderado, com sinais de estabilização da produção e do emprego no trimestre."
)
_NO_TITLE = "\n\n".join(
    [
        "Atividade econômica",
        _PROSE,
        _PROSE,
        "Preços",
        _PROSE,
        "Ambiente externo",
        _PROSE,
        "Diretrizes de política monetária",
        _PROSE,
    ]
)


def test_body_without_title_opens_on_its_first_section_heading() -> None:
    nodes = _nodes(_NO_TITLE + "\n")
    assert nodes[0][1] == "heading" and nodes[0][3].strip() == "Atividade econômica"
    assert [n[3].strip() for n in nodes if n[1] == "heading"][1] == "Preços"
    assert nodes[1][0] == 1  # its paragraphs nest under it


def test_lone_opening_line_without_sibling_headings_is_left_alone() -> None:
    nodes = _nodes("\n\n".join(["Atividade econômica", _PROSE, _PROSE, _PROSE]) + "\n")
    assert nodes[0][1] != "heading"  # (a lone short opening line stays what it was)
