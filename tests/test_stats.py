"""The data table's rows (one definition for the terminal, the card and the bot) and the one text renderer."""

from trainer.stats import STATS_ROWS, AccountStats, data_table_rows, format_table


def test_terminal_data_table() -> None:
    columns = [(s.handle, s.as_dict()) for s in
               (AccountStats("lena", "Lena", 320, 20, 15, 5, 280), AccountStats("ivo", "Ivo", 9, 0, 1, 0, 8))]
    table = format_table(data_table_rows(columns, corner=""))
    lines = table.splitlines()
    assert lines[0].split() == ["lena", "ivo"]
    assert lines[2].split() == ["Tweets", "downloaded", "320", "9"]
    assert [line.split()[-2:] for line in lines[3:]] == [["20", "0"], ["15", "1"], ["5", "0"], ["280", "8"]]
    assert [line.rsplit(maxsplit=2)[0] for line in lines[2:]] == [label for label, _ in STATS_ROWS]


def test_rows_name_columns_as_asked_and_count_missing_as_zero() -> None:
    rows = data_table_rows([("@a", {"kept": 5}), ("@b", {"downloaded": 9, "kept": 7})])
    assert rows[0] == ("Data", "@a", "@b")
    assert rows[1] == ("Tweets downloaded", "0", "9") and rows[-1] == ("Tweets kept", "5", "7")


def test_format_table_aligns_numbers_right_and_text_left() -> None:
    text = format_table([("Job", "Accounts", "Kept"), ("#1", "@a", "5"), ("#12", "@bbbb", "1,200")])
    assert text.splitlines() == [
        "Job  Accounts   Kept",
        "---  --------  -----",
        "#1   @a            5",
        "#12  @bbbb     1,200",
    ]
    assert format_table([]) == ""
    assert format_table([("a", "b"), ("only one cell",)]).splitlines()[2] == "only one cell"
