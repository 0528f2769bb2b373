"""Commands for running the project: forms, topics, status, settings."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import FriendlyGroup, pass_context, pin_option
from workbench.cli.prompts import echo
from workbench.i18n import t, tn


def paper_language(context, lang: str | None) -> str:
    return lang or context.lang


@click.command(name="forms")
@click.option("--out", "out_dir", required=True,
              type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the PDFs (made, readable by you only, if new).")


@click.option("--lang", "paper_lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the forms (default: the language of the messages).")


@click.option("--practice", default=None,
              help="Name this practice on the forms (default: the workshop's name).")


@click.option("--contact", default=None,
              help="Facilitator contact to print (default: 'workbench settings contact').")


@pass_context
def forms(context, out_dir: Path, paper_lang: str | None, practice: str | None,
          contact: str | None) -> None:
    """Make the consent form and the information letter (A4 PDFs) in --out."""
    from workbench.posters.printing import paperwork

    store = context.store()
    written = paperwork.write_forms(store, out_dir, paper_language(context, paper_lang),
                                    practice=practice, contact=contact)
    for path in written:
        echo(t("forms.cli.written", path=str(path)))
    if not (contact or paperwork.get_contact(store)):
        echo(t("forms.cli.no_contact_hint"), err=True)


@click.group(name="settings", cls=FriendlyGroup)
def settings_group() -> None:
    """Settings of this workshop file."""


@settings_group.command(name="contact")
@click.argument("contact", required=False)
@pass_context
def settings_contact(context, contact: str | None) -> None:
    """Show or set how participants reach the facilitator (printed on the forms)."""
    from workbench.posters.printing import paperwork
    from workbench.textsafe import inert

    store = context.store()
    if contact is None:
        current = paperwork.get_contact(store)
        echo(t("settings.contact_show", contact=inert(current)) if current
                   else t("settings.contact_none"))
        return
    paperwork.set_contact(store, contact)
    echo(t("settings.contact_set", contact=inert(paperwork.get_contact(store))))


@click.group(name="topics", cls=FriendlyGroup)
def topics_group() -> None:
    """Show and manage the topic list: list, add, edit, retire, export."""


def _line(row, language: str) -> str:
    from workbench.textsafe import inert

    label = row.label_en if language == "en" and row.label_en else row.label
    extra = [tn("topics.n_stories", row.stories)]
    if row.roles:
        extra.append(t("topics.only_for",
                       roles=", ".join(t(f"collect.role.{r}") for r in row.roles)))
    if row.retired:
        extra.append(t("topics.retired_mark"))
    return f"{row.number:>3}. {inert(label)}  ({'; '.join(extra)})"


@topics_group.command(name="list")
@click.option("--questions", is_flag=True, help="Also show each topic's example question.")
@pass_context
def topics_list(context, questions: bool) -> None:
    """The topics in order, with how many stories each has; retired ones marked."""
    from workbench.collect import topic_list
    from workbench.textsafe import inert

    for row in topic_list.list_topics(context.store()):
        echo(_line(row, context.lang))
        question = row.question_en if context.lang == "en" and row.question_en \
            else row.question
        if questions and question:
            echo("       " + inert(question))

role_choice = click.Choice(["parent", "caregiver", "volunteer", "professional",
                            "researcher"])


@topics_group.command(name="add")
@click.argument("label")
@click.option("--question", default="", help="Example question (Dutch).")
@click.option("--label-en", default="", help="The topic's name in English.")
@click.option("--question-en", default="", help="Example question in English.")
@click.option("--role", "roles", multiple=True, type=role_choice,
              help="Ask only storytellers of this role (repeatable; default everyone).")


@pass_context
def topics_add(context, label: str, question: str, label_en: str, question_en: str,
               roles: tuple[str, ...]) -> None:
    """Add topic LABEL at the end of the list; it is asked from now on."""
    from workbench.collect import topic_list
    from workbench.textsafe import inert

    row = topic_list.add_topic(context.store(), label, question, label_en=label_en,
                               question_en=question_en, roles=list(roles))
    echo(t("topics.cli.added", n=row.number, label=inert(row.label)))


@topics_group.command(name="edit")
@click.argument("topic")
@click.option("--label", default=None, help="New name (Dutch).")
@click.option("--question", default=None, help="New example question (Dutch).")
@click.option("--label-en", default=None, help="New name in English.")
@click.option("--question-en", default=None, help="New example question in English.")
@click.option("--role", "roles", multiple=True, type=role_choice,
              help="Ask only these roles from now on (repeatable).")


@click.option("--all-roles", is_flag=True, help="Ask every role from now on.")
@pass_context
def topics_edit(context, topic: str, label, question, label_en, question_en,
                roles: tuple[str, ...], all_roles: bool) -> None:
    """Reword TOPIC (its number or name); stories told under it keep it."""
    from workbench.collect import topic_list
    from workbench.textsafe import inert

    new_roles = [] if all_roles else (list(roles) if roles else None)
    row = topic_list.edit_topic(context.store(), topic, label=label, question=question,
                                label_en=label_en, question_en=question_en,
                                roles=new_roles)
    echo(t("topics.cli.edited", n=row.number, label=inert(row.label)))


@topics_group.command(name="retire")
@click.argument("topic")
@click.option("--undo", is_flag=True, help="Ask the topic again.")
@pass_context
def topics_retire(context, topic: str, undo: bool) -> None:
    """Stop asking TOPIC in the booth and the interview; its stories keep it."""
    from workbench.collect import topic_list
    from workbench.textsafe import inert

    row = topic_list.retire_topic(context.store(), topic, retired=not undo)
    key = "topics.cli.restored" if undo else "topics.cli.retired"
    echo(t(key, n=row.number, label=inert(row.label)))


@topics_group.command(name="export")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--lang", "paper_lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the PDF (default: the language of the messages).")


@pass_context
def topics_export(context, out: Path, paper_lang: str | None) -> None:
    """Write the topics still asked to OUT: a .toml template for 'workbench init
    --template', or a .pdf sheet (A4) for interviewers."""
    from workbench.collect import topic_list
    from workbench.posters.printing import paperwork

    store = context.store()
    if out.suffix.lower() == ".pdf":
        paperwork.write_topic_sheet(store, out, paper_language(context, paper_lang))
    else:
        _write_private(out, topic_list.export_toml(store))
    echo(t("topics.cli.exported", path=str(out)))


@click.group(name="identity", cls=FriendlyGroup)
def identity_group() -> None:
    """Real names and contacts, kept apart from the stories (PIN)."""


@identity_group.command(name="show")
@click.argument("pseudonym")
@pin_option
@pass_context
def identity_show(context, pseudonym: str, pin: str | None) -> None:
    """Show who is behind PSEUDONYM (for a withdrawal or a question)."""
    from workbench.cli.common import guard_pin
    from workbench.collect import identities
    from workbench.textsafe import inert

    store = context.store()
    guard_pin(store, pin)
    found = identities.identity_of(store, pseudonym)
    echo(t("identity.cli.show", pseudonym=inert(found["pseudonym"]),
                 name=inert(found["real_name"] or "-"),
                 contact=inert(found["contact"] or "-")))


@identity_group.command(name="set")
@click.argument("pseudonym")
@click.option("--name", "real_name", default="", help="The real name.")
@click.option("--contact", default="", help="Phone or e-mail.")
@pin_option
@pass_context
def identity_set(context, pseudonym: str, real_name: str, contact: str,
                 pin: str | None) -> None:
    """Keep a real name and contact for PSEUDONYM, apart from the stories."""
    from workbench.cli.common import guard_pin
    from workbench.collect import identities, stories
    from workbench.textsafe import inert

    store = context.store()
    guard_pin(store, pin)
    teller = stories.find_storyteller(store, pseudonym)
    identities.set_identity(store, teller["id"], real_name, contact)
    echo(t("identity.cli.set", pseudonym=inert(teller["pseudonym"])))


@click.command(name="status")
@pass_context
def status_command(context) -> None:
    """Where each practice stands, the last backup and merge, and what to do today."""
    from workbench import status
    from workbench.textsafe import inert

    report = status.workshop_status(context.store())
    echo(t("status.title"))
    for line in status.status_lines(report, inert):
        echo(line)


def _write_private(path: Path, text: str) -> None:
    import os

    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)
