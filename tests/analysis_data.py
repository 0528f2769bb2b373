"""A small fixed workshop for the analysis tests: three invented stories, three codes in a
small codebook, eight fragments whose co-occurrences are counted by hand in the tests."""

from __future__ import annotations

from workbench import workshop
from workbench.coding import codebook
from workbench.coding import fragments as coding
from workbench.collect import stories

S1 = ("Ik kom elke dinsdag naar de groep. Daar heb ik vriendinnen gevonden. "
      "Zij helpen mij als het thuis zwaar is.")
S2 = "De moeders lachen veel samen. Soms brengt iemand koekjes mee. Dan blijven we langer zitten."
S3 = ("In de buurthuiskamer voel ik me thuis. Een moeder gaf mij haar nummer. "
      "Nu bellen we elke week.")


def build(store) -> dict[str, str]:
    """Returns ids by name: stories s1..s3, codes V (Vriendschap), S (Steun),
    G (Gezelligheid), category C (Contact), fragments f1..f8, storytellers."""
    vlinder = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    oost = workshop.find_practice(store, "Buurthuiskamer Oost")["id"]
    ids: dict[str, str] = {}
    for key, name, role, practice, text, title in (
            ("s1", "Amal", "parent", vlinder, S1, "Dinsdag"),
            ("s2", "Bram", "volunteer", vlinder, S2, ""),
            ("s3", "Chaima", "parent", oost, S3, "Thuis")):
        teller = stories.add_storyteller(store, name, role, practice_id=practice)
        ids[name] = teller
        ids[key] = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                                     text=text, title=title, status="ready")
    ids["C"] = codebook.add_code(store, "Contact", is_category=True)
    ids["V"] = codebook.add_code(store, "Vriendschap", parent_id=ids["C"])
    ids["S"] = codebook.add_code(store, "Steun", parent_id=ids["C"])
    ids["G"] = codebook.add_code(store, "Gezelligheid")

    def code(key, story, quote, codes, coder="Lisa"):
        text = {"s1": S1, "s2": S2, "s3": S3}[story]
        start = text.index(quote)
        ids[key] = coding.code_selection(store, ids[story], start, start + len(quote),
                                         [ids[c] for c in codes], coder)

    code("f1", "s1", "Daar heb ik vriendinnen gevonden.", "VS")
    code("f2", "s1", "Zij helpen mij als het thuis zwaar is.", "S")
    code("f3", "s1", "vriendinnen gevonden. Zij helpen mij", "G", "Omar")
    code("f4", "s2", "De moeders lachen veel samen.", "G")
    code("f4", "s2", "De moeders lachen veel samen.", "G", "Omar")
    code("f5", "s2", "Soms brengt iemand koekjes mee.", "G")
    code("f6", "s3", "In de buurthuiskamer voel ik me thuis.", "G")
    code("f7", "s3", "Een moeder gaf mij haar nummer.", "V")
    code("f8", "s3", "Nu bellen we elke week.", "VS", "Omar")
    return ids
