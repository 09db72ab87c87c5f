"""Facts → RDF: the triples of one document's named graph, following the ontology.

Every fact node carries ``gg:evidence`` (a quotation with ``dcterms:source``) and
``prov:wasDerivedFrom`` its source document. IRIs come only from :class:`IriMinter`.
"""

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD
from rdflib.term import Node

from govgraph import __version__
from govgraph.iri import IriMinter, slugify
from govgraph.loaders.councils import named_exactly
from govgraph.loaders.language import language_of
from govgraph.loaders.model import Document, Extraction, SourceMeta
from govgraph.ontology import namespaces, ontology_path
from govgraph.ontology.oxterms import OxTerm, oxigraph_term, rdflib_term


class _Resolved:
    """A namespace whose terms are each looked up once: resolving a term of rdflib's
    namespaces costs a microsecond, and building a document asks for a few hundred."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # a misspelt term of a strict namespace still raises
        setattr(self, name, term)
        return term


DCTERMS, FOAF, GG, OA, OPENGOV, ORG, PROV, RDF, SKOS, RDFS = map(_Resolved, (
    namespaces.DCTERMS, namespaces.FOAF, namespaces.GG, namespaces.OA, namespaces.OPENGOV, namespaces.ORG,
    namespaces.PROV, namespaces.RDF, namespaces.SKOS, namespaces.RDFS))
_BODY_CLASSES = {"Committee": GG.Committee, "Board": GG.Board, "Panel": GG.Panel,
                 "Cabinet": GG.Cabinet}


_LABELLING = frozenset(map(str, (SKOS.prefLabel, FOAF.name, DCTERMS.title, GG.decisionText)))
_TYPE = str(RDF.type)
_XSD_DATE = ox.NamedNode(str(XSD.date))
_LABEL_LENGTH = 120
_AROUND = 32  # characters of prefix and suffix a quote selector keeps
SOFTWARE = "https://w3id.org/govgraph/software/"  # + version: the software agent of extraction records


@cache
def _anchor_types() -> dict[URIRef, frozenset[URIRef]]:
    """Each class of the ontology and the classes above it, so that a consumer finds every
    council, body and partner with ``?x a org:Organization`` and no reasoner."""
    ontology = Graph().parse(ontology_path())
    return {cls: frozenset(ontology.transitive_objects(cls, RDFS.subClassOf)) - {cls}
            for cls in ontology.subjects(RDF.type, OWL.Class)}


@dataclass(frozen=True)
class DocumentGraph:
    """One document's named graph as Oxigraph quads, ready for the store (where Oxigraph
    terms cost a tenth of rdflib's to make); :meth:`to_rdflib` gives it as an rdflib graph."""

    identifier: URIRef
    quads: tuple[ox.Quad, ...]  # each once, a node's quads together, all in the graph named by the document

    def oxigraph_quads(self) -> tuple[ox.Quad, ...]:
        """The quads, for :meth:`~govgraph.store.KnowledgeStore.replace_document`."""
        return self.quads

    def __len__(self) -> int:
        return len(self.quads)

    def to_rdflib(self) -> Graph:
        """The triples as an rdflib graph named by the document."""
        graph = Graph(identifier=self.identifier)
        for quad in self.quads:
            graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
        return graph


@dataclass
class _Context:
    quads: dict[ox.Quad, None]  # an ordered set: a node's quads stay together
    doc: URIRef
    minter: IriMinter
    scope: str
    date: str | None
    text: str  # the document's text, where quotes are found again

    graph: ox.NamedNode  # the document's graph, every quad's fourth term
    labelled: set[URIRef] = field(default_factory=set)
    nodes: dict[Node, OxTerm] = field(default_factory=dict)  # each IRI and blank node converted once

    def _node(self, value: Node) -> OxTerm:
        found = self.nodes.get(value)
        if found is None:
            found = self.nodes[value] = oxigraph_term(value)
        return found

    def _add(self, subject: Node, predicate: URIRef, obj: Node | OxTerm) -> None:
        nodes = self.nodes
        if type(obj) is not ox.Literal:
            obj = nodes.get(obj) or self._node(obj)
        self.quads[ox.Quad(nodes.get(subject) or self._node(subject), nodes.get(predicate) or self._node(predicate),
                           obj, self.graph)] = None

    def add(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        """Add a triple (nothing for an empty value); a class brings the classes the ontology
        puts above it (``gg:Council`` → ``org:FormalOrganization`` → ``org:Organization``), and a
        name, title or text gives the node its ``rdfs:label``."""
        if value is None or (isinstance(value, str) and not value):
            return
        kind = type(value)
        if kind is str:
            self._add(subject, predicate, ox.Literal(value))
        elif kind is URIRef or kind is BNode:
            self._add(subject, predicate, value)
        else:  # a typed literal
            self._add(subject, predicate, oxigraph_term(value if kind is Literal else Literal(value)))
        # compared as plain strings: rdflib's own ``==`` is Python code, run for every triple
        if str.__eq__(predicate, _TYPE):
            for anchor in _anchor_types().get(value, ()):
                self._add(subject, RDF.type, anchor)
        elif kind is str and str(predicate) in _LABELLING:
            self.label(subject, value, language_of(value))

    def label(self, node: URIRef, text: str, language: str = "en") -> None:
        """The node's ``rdfs:label``, once: English for the labels govgraph writes, the text's own
        language (English or Welsh) for names, titles and quotes taken from the minutes."""
        if node not in self.labelled and text.strip():
            self.labelled.add(node)
            self._add(node, RDFS.label, ox.Literal(" ".join(text.split())[:_LABEL_LENGTH], language=language))

    def evidence(self, node: URIRef, quote: str) -> None:
        quote = (quote or "").strip()
        if not quote:
            return
        digest = hashlib.sha1(quote.encode()).hexdigest()[:16]
        evidence = URIRef(f"{self.doc}/evidence/{digest}")
        if evidence not in self.labelled:  # a quote's node is built once, however many facts cite it
            self.add(evidence, RDF.type, GG.Evidence)
            self.label(evidence, f"“{quote}”", language_of(quote))
            exact = ox.Literal(quote)
            self._add(evidence, GG.quote, exact)
            self._add(evidence, DCTERMS.source, self.doc)
            self._add(evidence, PROV.wasQuotedFrom, self.doc)
            self._add(evidence, OA.hasSource, self.doc)
            # a text-quote selector: a blank node, as in the Web Annotation model's examples, named from the
            # document and the quote so that loading the same minutes twice gives the same graph
            selector = BNode(f"selector{hashlib.sha1(self.doc.encode()).hexdigest()[:12]}{digest}")
            self._add(evidence, OA.hasSelector, selector)
            self._add(selector, RDF.type, OA.TextQuoteSelector)
            self._add(selector, OA.exact, exact)
            found = self.text.find(quote)
            if found != -1:  # the text around the quote, as Web Annotation selects it (32 characters each side)
                self._add(selector, OA.prefix, ox.Literal(self.text[max(0, found - _AROUND) : found]))
                self._add(selector, OA.suffix,
                          ox.Literal(self.text[found + len(quote) : found + len(quote) + _AROUND]))
        self._add(node, GG.evidence, evidence)
        self._add(node, PROV.wasDerivedFrom, self.doc)

    def dated(self, node: URIRef, predicate: URIRef = DCTERMS.date) -> None:
        if self.date:
            self._add(node, predicate, ox.Literal(self.date, datatype=_XSD_DATE))


def document_iri(minter: IriMinter, doc: Document) -> URIRef:
    """The IRI naming a document and its graph, from its key (which already tells apart
    sources by their URL or path)."""
    return minter.document(doc.key)


def build_graph(doc: Document, facts: Extraction, meta: SourceMeta, minter: IriMinter,
                known_people: dict[str, str] | None = None) -> DocumentGraph:
    """The named graph of one document; ``known_people`` maps person keys to the IRIs of
    people already in the store that they are."""
    iri = document_iri(minter, doc)
    scope = slugify(meta.council) if meta.council else "doc-" + slugify(doc.key)
    graph = ox.NamedNode(iri)
    ctx = _Context({}, iri, minter, scope, facts.date, doc.text, graph, nodes={iri: graph})
    _document(ctx, doc, meta)
    council = _council(ctx, meta)
    body = _body(ctx, facts.body, council)
    meeting = _meeting(ctx, facts, body)
    items = _items(ctx, doc, meeting)
    people = _people(ctx, facts, council, body, items, known_people or {})
    _organisations(ctx, facts, items, meeting)
    _reports(ctx, facts, people, body, items, meeting)
    _risks(ctx, facts, items, people, meeting)
    _decisions(ctx, facts, body, items, meeting, people)
    _attendance(ctx, facts, people, meeting)
    return DocumentGraph(iri, tuple(ctx.quads))


def _document(ctx: _Context, doc: Document, meta: SourceMeta) -> None:
    ctx.add(ctx.doc, RDF.type, GG.SourceDocument)
    extraction, software = URIRef(f"{ctx.doc}/extraction"), URIRef(f"{SOFTWARE}{__version__}")
    ctx.add(extraction, RDF.type, PROV.Activity)  # the extraction record: what read this document
    ctx.add(extraction, PROV.used, ctx.doc)
    ctx.add(extraction, PROV.wasAssociatedWith, software)
    ctx.add(extraction, RDFS.label, Literal(f"{doc.key} read by govgraph {__version__}", lang="en"))
    ctx.add(software, RDF.type, PROV.SoftwareAgent)
    ctx.add(software, RDFS.label, Literal(f"govgraph {__version__}", lang="en"))
    title = meta.title or (doc.items[0].title if len(doc.items) == 1 else None) or doc.key
    ctx.add(ctx.doc, DCTERMS.title, title)
    ctx.add(ctx.doc, DCTERMS.identifier, doc.key)
    ctx.add(ctx.doc, GG.sha256, doc.sha256)
    ctx.add(ctx.doc, GG.mediaType, doc.media_type)
    if meta.url:
        ctx.add(ctx.doc, DCTERMS.source, URIRef(meta.url))


def _council(ctx: _Context, meta: SourceMeta) -> URIRef | None:
    if not meta.council:
        return None
    council = ctx.minter.council(ctx.scope)
    ctx.add(council, RDF.type, GG.Council)
    ctx.add(council, SKOS.prefLabel, meta.council)
    if known := named_exactly(meta.council):  # the register's code (Democracy Club's LGSF)
        ctx.add(council, SKOS.notation, known.code)
    return council


def _body(ctx: _Context, name: str | None, council: URIRef | None) -> URIRef | None:
    from govgraph.loaders.extract.meeting import body_kind

    if not name:
        return None
    body = ctx.minter.body(ctx.scope, name)
    ctx.add(body, RDF.type, _BODY_CLASSES[body_kind(name)])
    ctx.add(body, SKOS.prefLabel, name)
    ctx.add(body, ORG.unitOf, council)
    return body


def _readable_date(iso: str | None) -> str | None:
    """``2023-07-27`` → ``27 Jul 2023``."""
    from datetime import date

    return date.fromisoformat(iso).strftime("%-d %b %Y") if iso else None


def _meeting(ctx: _Context, facts: Extraction, body: URIRef | None) -> URIRef:
    if facts.body and facts.date:
        meeting = ctx.minter.meeting(ctx.scope, facts.body, facts.date)
    else:
        meeting = URIRef(f"{ctx.doc}/meeting")
    ctx.add(meeting, RDF.type, GG.Meeting)
    ctx.label(meeting, ", ".join(p for p in (facts.body or "Meeting", _readable_date(facts.date)) if p))
    ctx.add(meeting, GG.meetingOf, body)
    ctx.dated(meeting)
    ctx.add(meeting, PROV.wasDerivedFrom, ctx.doc)
    return meeting


def _items(ctx: _Context, doc: Document, meeting: URIRef) -> dict[int, URIRef]:
    items = {}
    for index, item in enumerate(doc.items):
        # the item's own number or title as the page gives it, so that the pages of one
        # meeting add their items to it; the position only where the page gives neither
        node = URIRef(f"{meeting}/item/{slugify(item.number or item.title or str(index + 1), 60)}")
        if node in items.values() and item.title:  # a number printed twice: the second one by its title too
            node = URIRef(f"{node}-{slugify(item.title, 60)}")
        while node in items.values():
            node = URIRef(f"{node}-{index + 1}")
        ctx.add(node, RDF.type, GG.AgendaItem)
        ctx.add(node, GG.itemNumber, item.number)
        ctx.add(node, DCTERMS.title, item.title)
        ctx.label(node, f"Item {item.number or index + 1}")
        ctx.add(node, DCTERMS.isPartOf, meeting)
        items[index] = node
    return items


# a body's own offices, which a bare "(Chair)" at its meeting means
_ROLE = (r"(?i:(?:(?:vice|deputy|depute)[- ])?(?:chair(?:man|woman|person)?|conven[eo]r)|"
         r"(?:(?:lay|co-opted|independent|substitute|voting|non-voting|ordinary)\s+)?members?)")
_BODY_ROLE = re.compile(_ROLE)
_BODY_NAMED = re.compile(rf"(?P<role>{_ROLE}) of (?:the )?(?P<body>(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?)"
                         r"{0,8}?(?:Committee|Sub-Committee|Board|Panel|Cabinet|Forum|Commission|Partnership|Group))")
# how a post was held, written before or after it: ``Interim Director``, ``Chief Executive Designate``
_TENURE = re.compile(r"(?i)^(interim|acting|former|outgoing|incoming|retiring|previous|temporary)\s+|\s+(designate)$")


def _tenure(title: str) -> tuple[str, str | None]:
    """(the post without how it is held, how it is held): ``former Chief Executive`` →
    (``Chief Executive``, ``former``)."""
    match = _TENURE.search(title)
    if not match:
        return title, None
    rest = (title[: match.start()] + title[match.end() :]).strip()
    return (rest[:1].upper() + rest[1:], (match.group(1) or match.group(2)).lower()) if rest else (title, None)


def _post_scope(ctx: _Context, title: str, facts: Extraction, council: URIRef | None,
                body: URIRef | None) -> tuple[URIRef | None, str]:
    """The organisation a post is in, and the scope of its IRI: a partner named in it (``Chief
    Operating Officer at Harbour NHS Trust``), a body named in it (``Chair of the Audit
    Committee``), the meeting's body for a bare office of a body (``Chair``), else the council."""
    for org in facts.organisations:
        for name in filter(None, (org.name, org.acronym)):
            if re.search(rf"(?:\bat|\bof|\bfor|,|\bwith)\s+(?:the\s+)?{re.escape(name)}$", title):
                return ctx.minter.organisation(org.name), f"organisation/{slugify(org.name)}"
    if named := _BODY_NAMED.fullmatch(title):
        node = _body(ctx, named.group("body"), council)
        return node, f"{ctx.scope}/{slugify(named.group('body'))}"
    if body is not None and facts.body and _BODY_ROLE.fullmatch(title):
        return body, f"{ctx.scope}/{slugify(facts.body)}"
    return council, ctx.scope


def _people(ctx: _Context, facts: Extraction, council: URIRef | None, body: URIRef | None,
            items: dict[int, URIRef], known: dict[str, str]) -> dict[str, URIRef]:
    nodes: dict[str, URIRef] = {}
    for key, person in facts.people.items():
        node = URIRef(known[key]) if key in known else ctx.minter.person(ctx.scope, person.name)
        while node in nodes.values():
            node = URIRef(str(node) + "-2")
        nodes[key] = node
        ctx.add(node, RDF.type, FOAF.Person)
        ctx.add(node, FOAF.name, person.name)
        ctx.add(node, FOAF.familyName, person.family)
        ctx.add(node, FOAF.givenName, person.given)
        ctx.add(node, GG.honorific, person.honorific)
        ctx.evidence(node, person.quote)
        for block in sorted(person.items):
            ctx.add(node, GG.mentionedIn, items.get(block, ctx.doc))
        for written, quote in person.posts:
            title, tenure = _tenure(written)
            organisation, scope = _post_scope(ctx, title, facts, council, body)
            post = ctx.minter.post(scope, title)
            ctx.add(post, RDF.type, ORG.Post)
            ctx.add(post, SKOS.prefLabel, title)
            ctx.add(post, ORG.postIn, organisation)
            ctx.add(node, ORG.holds, post)
            holding = ctx.minter.in_document(ctx.doc, "holding", person.name, written)
            ctx.add(holding, RDF.type, GG.PostHolding)
            ctx.label(holding, f"{person.name}, {written}")
            ctx.add(holding, ORG.member, node)
            ctx.add(holding, GG.post, post)
            ctx.add(holding, ORG.organization, organisation)
            ctx.add(holding, GG.attestedIn, council)
            ctx.add(holding, GG.tenure, tenure)
            ctx.dated(holding, GG.attestedOn)
            ctx.evidence(holding, quote)
    return nodes


def _digest(*content: object) -> str:
    """A short hash of what a fact says: its IRI's last part, so that finding one more fact
    in a document never changes the IRI of another."""
    return hashlib.sha1("|".join(str(c) for c in content).encode()).hexdigest()[:12]


def _item_key(items: dict[int, URIRef], index: int) -> str:
    """The agenda item a fact stands on, as its IRI's last part (``meeting`` for the header)."""
    return str(items[index]).rsplit("/", 1)[1] if index in items else "meeting"


def _organisations(ctx: _Context, facts: Extraction, items: dict[int, URIRef], meeting: URIRef) -> None:
    for org in facts.organisations:
        node = ctx.minter.organisation(org.name)
        ctx.add(node, RDF.type, GG.PartnerOrganisation)
        ctx.add(node, SKOS.prefLabel, org.name)
        if org.acronym and org.acronym != org.name:
            ctx.add(node, GG.acronym, org.acronym)
        for block in sorted(org.blocks):
            ctx.add(node, GG.mentionedIn, items.get(block, meeting))
        ctx.evidence(node, org.quote)


def _reports(ctx: _Context, facts: Extraction, people: dict[str, URIRef],
             body: URIRef | None, items: dict[int, URIRef], meeting: URIRef) -> None:
    for report in facts.reports:
        presenter = people[report.presenter]
        on = _item_key(items, report.item)
        activity = ctx.minter.in_document(ctx.doc, "presentation", on, facts.people[report.presenter].name,
                                          report.subject)
        document = ctx.minter.in_document(ctx.doc, "report", on, report.subject)
        ctx.add(document, RDF.type, GG.Report)
        ctx.add(document, DCTERMS.title, report.subject)
        ctx.add(activity, RDF.type, GG.Presentation)
        ctx.label(activity, f"{facts.people[report.presenter].name} presented {report.subject}")
        ctx.add(activity, GG.presenter, presenter)
        association = URIRef(f"{activity}/association")
        ctx.add(association, RDF.type, PROV.Association)
        ctx.label(association, f"{facts.people[report.presenter].name} as presenter")
        ctx.add(association, PROV.agent, presenter)
        ctx.add(association, PROV.hadRole, GG.PresenterRole)
        ctx.add(activity, PROV.qualifiedAssociation, association)
        ctx.add(activity, GG.presentedTo, body)
        ctx.add(activity, GG.onItem, items.get(report.item))
        ctx.add(activity, GG.atMeeting, meeting)
        ctx.add(activity, GG.aboutReport, document)
        for risk in facts.risks:  # the risks discussed on the item it was given on
            if risk.item == report.item:
                ctx.add(activity, GG.aboutRisk, ctx.minter.risk(ctx.scope, risk.name))
        ctx.add(activity, GG.subject, report.subject)
        ctx.dated(activity)
        ctx.evidence(activity, report.quote)
    for question in facts.questions:
        node = ctx.minter.in_document(ctx.doc, "question", _item_key(items, question.item),
                                      _digest(question.quote))
        ctx.add(node, RDF.type, GG.Question)
        ctx.label(node, f"Question on {question.subject}")
        ctx.add(node, GG.askedBy, people.get(question.asker or ""))
        ctx.add(node, GG.answeredBy, people.get(question.answerer or ""))
        ctx.add(node, GG.subject, question.subject)
        ctx.add(node, GG.onItem, items.get(question.item))
        ctx.add(node, GG.atMeeting, meeting)
        ctx.dated(node)
        ctx.evidence(node, question.quote)


def _owner(ctx: _Context, facts: Extraction, people: dict[str, URIRef], owner: str) -> URIRef:
    """The person named as a risk's owner, or else the post named, as an ``org:Post``."""
    for key, person in facts.people.items():
        if person.name.casefold() in owner.casefold() or owner.casefold() == person.family.casefold():
            return people[key]
    post = ctx.minter.post(ctx.scope, owner)
    ctx.add(post, RDF.type, ORG.Post)
    ctx.add(post, SKOS.prefLabel, owner)
    return post


def _risks(ctx: _Context, facts: Extraction, items: dict[int, URIRef], people: dict[str, URIRef],
           meeting: URIRef) -> None:
    nodes = {risk.name: ctx.minter.risk(ctx.scope, risk.name) for risk in facts.risks}
    for risk in facts.risks:
        node = nodes[risk.name]
        ctx.add(node, RDF.type, GG.Risk)
        ctx.add(node, SKOS.prefLabel, risk.name)
        if risk.parent:
            parent = nodes.get(risk.parent) or ctx.minter.risk(ctx.scope, risk.parent)
            ctx.add(node, GG.subRiskOf, parent)
        ctx.add(node, GG.mentionedIn, items.get(risk.item, meeting))
        ctx.evidence(node, risk.quote)
        if risk.owner:
            ctx.add(node, GG.riskOwner, _owner(ctx, facts, people, risk.owner))
        for score in risk.scores:
            assessment = ctx.minter.in_document(ctx.doc, "assessment", risk.name,
                                                _digest(score.kind, score.value, score.previous, score.quote))
            ctx.add(assessment, RDF.type, GG.RiskAssessment)
            ctx.label(assessment, f"{risk.name}: {score.kind or 'risk'} score {score.value}"
                      + (f" (was {score.previous})" if score.previous is not None else ""))
            ctx.add(assessment, GG.assessesRisk, node)
            ctx.add(assessment, GG.scoreKind, score.kind)
            if score.value is not None:
                ctx.add(assessment, GG.scoreValue, Literal(score.value, datatype=XSD.integer))
            if score.previous is not None:
                ctx.add(assessment, GG.previousScore, Literal(score.previous, datatype=XSD.integer))
            ctx.dated(assessment)
            ctx.evidence(assessment, score.quote)


def _decisions(ctx: _Context, facts: Extraction, body: URIRef | None,
               items: dict[int, URIRef], meeting: URIRef, people: dict[str, URIRef]) -> None:
    for decision in facts.decisions:
        node = ctx.minter.in_document(ctx.doc, "decision", _item_key(items, decision.item),
                                      _digest(decision.part, decision.text))
        ctx.add(node, RDF.type, GG.Decision)
        ctx.add(node, GG.decisionText, decision.text)
        ctx.add(node, GG.decisionKind, decision.kind)
        ctx.add(node, GG.partNumber, decision.part)
        ctx.add(node, GG.onItem, items.get(decision.item))
        ctx.add(node, GG.atMeeting, meeting)
        ctx.add(node, GG.decidedBy, body)
        ctx.dated(node)
        ctx.evidence(node, decision.quote)
        if decision.vote:
            vote = URIRef(f"{node}/vote")
            ctx.add(vote, RDF.type, OPENGOV.VoteEvent)
            ctx.label(vote, f"Vote on: {decision.text}")
            ctx.add(vote, GG.voteOn, node)
            for predicate, value in ((GG.votesFor, decision.vote.for_),
                                     (GG.votesAgainst, decision.vote.against),
                                     (GG.abstentions, decision.vote.abstained)):
                if value is not None:
                    ctx.add(vote, predicate, Literal(value, datatype=XSD.integer))
            ctx.add(vote, OPENGOV.result, decision.vote.result)
            ctx.evidence(vote, decision.vote.quote)
            for key, option in decision.vote.ballots:  # a recorded vote: how each named member voted
                ballot = URIRef(f"{vote}/{slugify(facts.people[key].name)}")
                ctx.add(ballot, RDF.type, OPENGOV.Vote)
                ctx.label(ballot, f"{facts.people[key].name}: {option}")
                ctx.add(ballot, OPENGOV.voter, people[key])
                ctx.add(ballot, OPENGOV.option, option)
                ctx.add(ballot, OPENGOV.voteEvent, vote)
                ctx.evidence(ballot, decision.vote.quote)


def _attendance(ctx: _Context, facts: Extraction, people: dict[str, URIRef],
                meeting: URIRef) -> None:
    for record in facts.attendance:
        name = facts.people[record.person].name
        node = ctx.minter.in_document(ctx.doc, "attendance", name, record.event)
        ctx.add(node, RDF.type, GG.Attendance)
        ctx.label(node, f"{name}: {record.event.replace('_', ' ')}")
        ctx.add(node, GG.attendee, people[record.person])
        ctx.add(node, GG.atMeeting, meeting)
        ctx.add(node, GG.attendanceKind, record.event)
        ctx.add(node, GG.interestText, record.detail)
        if record.substitute_for:
            ctx.add(node, GG.substituteFor, people[record.substitute_for])
        ctx.evidence(node, record.quote)
