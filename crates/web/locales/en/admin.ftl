# The administration and the account pages in English: one message per German text of
# the code and the templates, named by its first words and a hash of the whole text
# (`i18n::staff_id`); the comment above each message is its German source.

# Eingabe
a-eingabe-2dfeecaa = Input

# Bearer
a-bearer-ebdae870 = Bearer

# Anmeldung erforderlich: eine Sitzung oder „Authorization: Bearer …“ mit einem API-Token.
a-anmeldung-erforderlich-eine-089d00dc = Login required: a session or “Authorization: Bearer …” with an API token.

# Keine Berechtigung für diesen Eintrag.
a-keine-berechtigung-fuer-diesen-7ddc5991 = No permission for this record.

# { $what } nicht gefunden.
a-what-nicht-gefunden-f094b1d3 = { $what } not found.

# Die Eingaben sind nicht gültig; nichts wurde gespeichert.
a-die-eingaben-sind-nicht-940e9150 = The input is not valid; nothing was saved.

# Interner Fehler; nichts wurde verändert.
a-interner-fehler-nichts-wurde-fcc828dc = Internal error; nothing was changed.

# Eintrag
a-eintrag-563d535d = Record

# Ungültige Abfrageparameter: { $v1 }
a-ungueltige-abfrageparameter-bcd55471 = Invalid query parameters: { $v1 }

# Die Datei konnte nicht vollständig empfangen werden ({ $e }). Höchstens 20 MB.
a-die-datei-konnte-nicht-77afebce = The file could not be received completely ({ $e }). At most 20 MB.

# Die Übertragung ist fehlgeschlagen ({ $e }).
a-die-uebertragung-ist-fehlgeschlagen-258a0e17 = The upload failed ({ $e }).

# Bitte eine Datei auswählen.
a-bitte-eine-datei-auswaehlen-4a29c66f = Please choose a file.

# Diese Anmeldung ist abgelaufen oder wurde schon verwendet. Bitte noch einmal anmelden.
a-diese-anmeldung-ist-abgelaufen-fa625cae = This login has expired or has already been used. Please log in again.

# Der Anmeldedienst hat die Anmeldung abgebrochen.
a-der-anmeldedienst-hat-die-8248fb93 = The login service cancelled the login.

# Für dieses Dienstkonto gibt es hier kein (aktives) Konto. Bitte wenden Sie sich an die Administration Ihrer Körperschaft.
a-fuer-dieses-dienstkonto-gibt-c606fd55 = There is no (active) account here for this service account. Please contact the administration of your public body.

# Ihr Konto
a-ihr-konto-504484a7 = Your account

# Das Passwort wurde geändert. Alle anderen Sitzungen sind beendet.
a-das-passwort-wurde-geaendert-388cd1ae = The password has been changed. All other sessions have ended.

# Konten und Rollen: { $v1 }
a-konten-und-rollen-v1-c10dfbd6 = Accounts and roles: { $v1 }

# Bitte einen Anmeldenamen angeben.
a-bitte-einen-anmeldenamen-angeben-bb81f72f = Please enter a login name.

# Bitte eine Rolle wählen.
a-bitte-eine-rolle-waehlen-6bfb059d = Please choose a role.

# Ein Akteur berichtet für mindestens eine Organisation: bitte ankreuzen.
a-ein-akteur-berichtet-fuer-598efbb2 = An actor reports for at least one organisation: please tick one.

# Das Konto gibt es noch nicht: bitte den Namen der Person angeben.
a-das-konto-gibt-es-74029422 = This account does not exist yet: please enter the person’s name.

# Konto angelegt
a-konto-angelegt-ba619c15 = Account created

# Unbekannte Rolle.
a-unbekannte-rolle-820a8930 = Unknown role.

# „{ $v1 }“ hat auch Rollen in anderen Körperschaften; Passwort und Sperre setzt dort nur die Server-Administration.
a-v1-hat-auch-rollen-bd9c8cdf = “{ $v1 }” also has roles in other public bodies; there, only the server administration sets password and lock.

# Neues Passwort
a-neues-passwort-432309cc = New password

# Das eigene Konto lässt sich hier nicht sperren.
a-das-eigene-konto-laesst-69a13da2 = You cannot lock your own account here.

# { $v1 } (alle)
a-v1-alle-bebe3ced = { $v1 } (all)

# Alle Konten
a-alle-konten-98d69e16 = All accounts

# Das eigene Konto lässt sich hier nicht löschen.
a-das-eigene-konto-laesst-d202d991 = You cannot delete your own account here.

# Körperschaft
a-koerperschaft-cecc0b45 = Public body

# Konzeptfassung
a-konzeptfassung-7bc26243 = Concept version

# Leitsatz
a-leitsatz-3518a879 = Guiding principle

# Handlungsfeld
a-handlungsfeld-51536d88 = Field of action

# Ziel
a-ziel-3c592205 = Goal

# Maßnahme
a-massnahme-f145eade = Measure

# Zielgruppe
a-zielgruppe-ad3b6392 = Target group

# Organisation
a-organisation-717e7e87 = Organisation

# Person
a-person-c36eeba0 = Person

# Sitzung
a-sitzung-1c188e95 = Meeting

# Tagesordnungspunkt
a-tagesordnungspunkt-16bd9403 = Agenda item

# Vorlage
a-vorlage-43d698d7 = Paper

# Indikator
a-indikator-18424626 = Indicator

# Berichtspflicht
a-berichtspflicht-62e48ea7 = Reporting duty

# Beteiligungsprozess
a-beteiligungsprozess-8afa84d9 = Participation process

# Beteiligungsformat
a-beteiligungsformat-1a4a3718 = Participation format

# Beitrag
a-beitrag-18641779 = Contribution

# Befragung
a-befragung-21344ce8 = Survey

# Frage
a-frage-7a6be2d0 = Question

# geändert
a-geaendert-08cb062d = changed

# gelöscht
a-geloescht-da9c8a20 = deleted

# personenbezogene Daten gelöscht (DSGVO)
a-personenbezogene-daten-geloescht-e3e46d51 = personal data erased (GDPR)

# Web
a-web-72645431 = Web

# Kommandozeile
a-kommandozeile-0ff2970a = Command line

# System
a-system-8f3184bc = System

# gelöschtes Konto #{ $id } ({ $via })
a-geloeschtes-konto-id-via-c71582ba = deleted account #{ $id } ({ $via })

# Änderungsverlauf: { $label } #{ $id }
a-aenderungsverlauf-label-id-246d0f85 = Change history: { $label } #{ $id }

# Jede Änderung an diesem Eintrag und seinen unmittelbaren Bestandteilen (etwa Haushaltszeilen, Sachstandsmeldungen, Partner), mit Zeitpunkt, Konto und geänderten Feldern. Das Protokoll kann nicht verändert werden.
a-jede-aenderung-an-diesem-62eb0016 = Every change to this record and its immediate parts (such as budget lines, progress reports, partners), with time, account and changed fields. The log cannot be altered.

# Änderungsprotokoll
a-aenderungsprotokoll-bbc2079a = Change log

# Die letzten { $v1 } Änderungen{ $v2 }{ $v3 } – angelegt, geändert, gelöscht, mit Konto und Weg (Web, API, Kommandozeile). Das Protokoll kann nicht verändert werden.
a-die-letzten-v1-aenderungen-6064f3c0 = The last { $v1 } changes{ $v2 }{ $v3 } – created, changed, deleted, with account and channel (web, API, command line). The log cannot be altered.

#  von „{ $v1 }“
a-von-v1-617be761 = {" "}by “{ $v1 }”

#  seit { $v1 }
a-seit-v1-c861d82d = {" "}since { $v1 }

# Amtlicher Schlüssel (AGS/ARS)
a-amtlicher-schluessel-ags-ars-d90cab31 = Official key (AGS/ARS)

# Ziffern, z. B. 03157 für einen Landkreis oder 03157006 für eine Gemeinde.
a-ziffern-z-b-03157-26781100 = Digits, e.g. 03157 for a county or 03157006 for a municipality.

# Name
a-name-0fe07306 = Name

# Kurzname
a-kurzname-1ac94e36 = Short name

# Art der Körperschaft
a-art-der-koerperschaft-b26bb967 = Kind of public body

# Website
a-website-3013116a = Website

# Beginnt mit https://
a-beginnt-mit-https-b39a9821 = Starts with https://

# E-Mail für Rückfragen
a-e-mail-fuer-rueckfragen-703ebb7d = E-mail for enquiries

# Körperschaft bearbeiten
a-koerperschaft-bearbeiten-f3207db2 = Edit public body

# Neue Körperschaft
a-neue-koerperschaft-ebfbe74c = New public body

# { $v1 } bearbeiten
a-v1-bearbeiten-8d8a26c1 = Edit { $v1 }

# Speichern
a-speichern-2b4c700a = Save

# Art
a-art-91fb442a = Kind

# Art des Akteurs
a-art-des-akteurs-9a999d13 = Kind of actor

# Pflicht für externe Akteure, z. B. Wohlfahrtsverband oder Migrantenorganisation.
a-pflicht-fuer-externe-akteure-619975cb = Required for external actors, e.g. welfare association or migrant organisation.

# Besteht seit
a-besteht-seit-8e9672ab = Exists since

# Bestand bis
a-bestand-bis-cf893b5a = Existed until

# Leer lassen, solange die Organisation besteht.
a-leer-lassen-solange-die-032e4a33 = Leave empty while the organisation exists.

# Organisation bearbeiten
a-organisation-bearbeiten-fffdd290 = Edit organisation

# Neue Organisation
a-neue-organisation-516554a4 = New organisation

# „{ $v1 }“ bearbeiten
a-v1-bearbeiten-7c0a54a5 = Edit “{ $v1 }”

# Gremien, Verwaltungseinheiten, Steuerungs- und Arbeitsgruppen sowie externe Akteure.
a-gremien-verwaltungseinheiten-de156a74 = Committees, administrative units, steering and working groups, and external actors.

# Mitglied hinzufügen
a-mitglied-hinzufuegen-8dd8de5f = Add member

# Mitglied in „{ $v1 }“ hinzufügen
a-mitglied-in-v1-hinzufuegen-72eee0e7 = Add member to “{ $v1 }”

# Wer in dem Gremium oder der Gruppe mitarbeitet; erscheint auch in der OParl-Schnittstelle.
a-wer-in-dem-gremium-423ca0ac = Who works in the committee or group; also appears in the OParl interface.

# Rolle
a-rolle-54893a41 = Role

# z. B. Vorsitz, stellvertretendes Mitglied, beratend
a-z-b-vorsitz-stellvertretendes-c498f735 = e.g. chair, deputy member, advisory

# Mitglied seit
a-mitglied-seit-ccf6037d = Member since

# Mitglied bis
a-mitglied-bis-20a220f6 = Member until

# Hinzufügen
a-hinzufuegen-0f598f54 = Add

# Name oder Funktion
a-name-oder-funktion-2a102db2 = Name or function

# Für öffentlich sichtbare Angaben genügt die Funktion, z. B. „Integrationskoordination“.
a-fuer-oeffentlich-sichtbare-angaben-49c6a023 = For publicly visible entries the function is enough, e.g. “Integration coordination”.

# Funktion
a-funktion-ccc1f621 = Function

# E-Mail
a-e-mail-b463dcd0 = E-mail

# Telefon
a-telefon-9efa9d9c = Phone

# Öffentlich (Portal, OParl)
a-oeffentlich-portal-oparl-65d97b84 = Public (portal, OParl)

# Sonst sehen die Person nur Koordination und Gremienmitglieder, z. B. sachkundige Bürgerinnen und Bürger, die nicht online genannt werden wollen.
a-sonst-sehen-die-person-ef06c069 = Otherwise only coordination and committee members see the person, e.g. expert citizens who do not want to be named online.

# Person bearbeiten
a-person-bearbeiten-475ca34d = Edit person

# Neue Person
a-neue-person-364bdcc3 = New person

# Personenbezogene Daten nur so weit erfassen, wie sie für die Arbeit nötig sind.
a-personenbezogene-daten-nur-so-0abf3450 = Record personal data only as far as the work needs it.

# Zielgruppe bearbeiten
a-zielgruppe-bearbeiten-1fae7493 = Edit target group

# Neue Zielgruppe
a-neue-zielgruppe-55a1cf65 = New target group

# Beschreibung
a-beschreibung-49497f6c = Description

# Titel
a-titel-09ea0d77 = Title

# Fassung
a-fassung-a83f1776 = Version

# z. B. das Jahr: 2022
a-z-b-das-jahr-e6f5023e = e.g. the year: 2022

# Status
a-status-005ef20f = Status

# Wird eine Fassung „beschlossen“, gilt die bisher beschlossene als „abgelöst“.
a-wird-eine-fassung-beschlossen-225d9400 = When a version is “adopted”, the previously adopted one becomes “superseded”.

# Beschlossen am
a-beschlossen-am-d3938e90 = Adopted on

# Vorlage (Drucksachennummer)
a-vorlage-drucksachennummer-95b16715 = Paper (reference number)

# Löst ab
a-loest-ab-9b411150 = Supersedes

# Zusammenfassung
a-zusammenfassung-19dde0de = Summary

# Fassung bearbeiten
a-fassung-bearbeiten-035d4597 = Edit version

# Neue Fassung
a-neue-fassung-30302563 = New version

# { $v1 } ({ $v2 }) bearbeiten
a-v1-v2-bearbeiten-a5cc816a = Edit { $v1 } ({ $v2 })

# Neue Fassung eines Leitbilds oder Integrationskonzepts
a-neue-fassung-eines-leitbilds-b60f85fe = New version of a guiding vision or integration concept

# Leitsatz bearbeiten
a-leitsatz-bearbeiten-00a17506 = Edit guiding principle

# Neuer Leitsatz
a-neuer-leitsatz-974dace0 = New guiding principle

# Erläuterung
a-erlaeuterung-4acb67ed = Explanation

# Reihenfolge
a-reihenfolge-5c1eb073 = Order

# Leer lassen, um ihn ans Ende zu setzen.
a-leer-lassen-um-ihn-fbd511e6 = Leave empty to put it at the end.

# Handlungsfeld bearbeiten
a-handlungsfeld-bearbeiten-21358925 = Edit field of action

# Neues Handlungsfeld
a-neues-handlungsfeld-ac53497c = New field of action

# Handlungsfeld „{ $t }“ bearbeiten
a-handlungsfeld-t-bearbeiten-5b736efb = Edit field of action “{ $t }”

# z. B. Sprache und Bildung
a-z-b-sprache-und-b27b96e1 = e.g. Language and education

# Leer lassen, um es ans Ende zu setzen.
a-leer-lassen-um-es-3a88a6ed = Leave empty to put it at the end.

# Ziel bearbeiten
a-ziel-bearbeiten-37a3b6f2 = Edit goal

# Neues Ziel
a-neues-ziel-55cf8c31 = New goal

# Indikator und Zielwert
a-indikator-und-zielwert-66852117 = Indicator and target value

# z. B. „Wartezeit auf einen Integrationskurs unter 3 Monaten bis 2025“
a-z-b-wartezeit-auf-a89d62cf = e.g. “Waiting time for an integration course under 3 months by 2025”

# Neuer Sitzungsort
a-neuer-sitzungsort-bcad752a = New meeting place

# Raum
a-raum-0ab1ee72 = Room

# z. B. Sitzungsraum II
a-z-b-sitzungsraum-ii-9f4ea211 = e.g. Meeting room II

# Gebäude oder Beschreibung
a-gebaeude-oder-beschreibung-e4e550e3 = Building or description

# Straße und Hausnummer
a-strasse-und-hausnummer-874060ac = Street and house number

# Postleitzahl
a-postleitzahl-5dd998fc = Postcode

# Ort
a-ort-0ba89c70 = Place

# Sitzung bearbeiten
a-sitzung-bearbeiten-820429e2 = Edit meeting

# Neue Sitzung
a-neue-sitzung-26f706cc = New meeting

# Bezeichnung
a-bezeichnung-ed8b4985 = Name

# z. B. 2. Sitzung des Ausschusses für Gesundheit, Arbeit und Soziales
a-z-b-2-sitzung-2d7ca574 = e.g. 2nd meeting of the Committee for Health, Labour and Social Affairs

# Gremium
a-gremium-ec68c133 = Committee

# Beginn
a-beginn-08122750 = Start

# TT.MM.JJJJ HH:MM – oder nur das Datum, wenn die Uhrzeit nicht bekannt ist
a-tt-mm-jjjj-hh-89a3c164 = DD.MM.YYYY HH:MM – or only the date if the time is not known

# Ende
a-ende-f4230bfd = End

# Stand
a-stand-1b04a4c3 = State

# Die Sitzung ist abgesagt
a-die-sitzung-ist-abgesagt-5dd153cd = The meeting is cancelled

# Hinweis
a-hinweis-b04416d4 = Note

# Tagesordnungspunkt bearbeiten
a-tagesordnungspunkt-bearbeiten-4bde894c = Edit agenda item

# Neuer Tagesordnungspunkt
a-neuer-tagesordnungspunkt-772ac576 = New agenda item

# Ob einstimmig beschlossen wurde, ergibt sich aus den Stimmen; es wird nicht eigens eingetragen.
a-ob-einstimmig-beschlossen-wurde-5e482d16 = Whether the decision was unanimous follows from the votes; it is not entered separately.

# Nummer
a-nummer-044403cd = Number

# z. B. Ö 5.1 oder N 2
a-z-b-oe-5-01629fea = e.g. Ö 5.1 or N 2

# Gegenstand
a-gegenstand-1c5059a7 = Subject

# Öffentlicher Tagesordnungspunkt
a-oeffentlicher-tagesordnungspunkt-30031d68 = Public agenda item

# Nicht öffentliche Punkte zeigt das Portal nur mit ihrer Nummer.
a-nicht-oeffentliche-punkte-zeigt-2067c4cb = The portal shows non-public items only with their number.

# Ergebnis
a-ergebnis-b7a82b4e = Result

# z. B. ungeändert beschlossen
a-z-b-ungeaendert-beschlossen-c00aab95 = e.g. adopted unchanged

# Ja
a-ja-6bf15b34 = Yes

# Nein
a-nein-c90c0893 = No

# Ja-Stimmen
a-ja-stimmen-1ef62c6e = Yes votes

# Nein-Stimmen
a-nein-stimmen-18d3b439 = No votes

# Enthaltungen
a-enthaltungen-b3bdcc60 = Abstentions

# Befangen
a-befangen-a182a715 = Conflicted

# Beschlusstext
a-beschlusstext-41eff7dc = Resolution text

# Auszug aus der Niederschrift
a-auszug-aus-der-niederschrift-7d7d0df6 = Extract from the minutes

# Vorlage bearbeiten
a-vorlage-bearbeiten-4dabc940 = Edit paper

# Neue Vorlage
a-neue-vorlage-8641453a = New paper

# Vorlage { $v1 } bearbeiten
a-vorlage-v1-bearbeiten-2190fed1 = Edit paper { $v1 }

# Drucksachennummer
a-drucksachennummer-5608ea38 = Reference number

# Betreff
a-betreff-7fdcfb25 = Subject

# Datum
a-datum-56f3988c = Date

# Einreicher (Person oder Funktion)
a-einreicher-person-oder-funktion-b07e3657 = Submitted by (person or function)

# Einreichende Stelle
a-einreichende-stelle-88d8b463 = Submitting office

# Federführend
a-federfuehrend-9c3cfb0f = Lead

# Bearbeitung
a-bearbeitung-2479de45 = Handled by

# Funktion, z. B. Sachbearbeitung Fachbereich 3
a-funktion-z-b-sachbearbeitung-406863db = Function, e.g. case officer, department 3

# Betrifft Konzeptfassung
a-betrifft-konzeptfassung-4dfb5c3b = Concerns concept version

# Betrifft Maßnahmen
a-betrifft-massnahmen-6e58dc58 = Concerns measures

# Beschlussvorschlag
a-beschlussvorschlag-357b8b4c = Proposed resolution

# Sachverhalt
a-sachverhalt-567bab38 = Statement of facts

# Finanzen: Hinweis
a-finanzen-hinweis-6d9f7fb3 = Finances: note

# z. B. Abstimmung mit der Kämmerei nicht erforderlich
a-z-b-abstimmung-mit-ff3c1da5 = e.g. no coordination with the treasury required

# Gesamtkosten in Euro
a-gesamtkosten-in-euro-961de232 = Total cost in euros

# Einnahmen in Euro
a-einnahmen-in-euro-8709de1e = Revenue in euros

# Eigenanteil in Euro
a-eigenanteil-in-euro-8572133e = Own share in euros

# Zuschüsse und Beiträge in Euro
a-zuschuesse-und-beitraege-in-3017cb7e = Grants and contributions in euros

# Haushaltsjahr
a-haushaltsjahr-fe299ff1 = Budget year

# Überplanmäßige Ausgabe
a-ueberplanmaessige-ausgabe-37a2149f = Over-budget expenditure

# Außerplanmäßige Ausgabe
a-ausserplanmaessige-ausgabe-d139e00e = Unbudgeted expenditure

# Haushaltsstelle
a-haushaltsstelle-cc2cdfe7 = Budget line

# Öffentliche Vorlage
a-oeffentliche-vorlage-11071360 = Public paper

# keine Sitzung eingetragen
a-keine-sitzung-eingetragen-20ba4d72 = no meeting entered

# Vorlage { $v1 }
a-vorlage-v1-8ada3eb4 = Paper { $v1 }

# Beratung hinzufügen
a-beratung-hinzufuegen-38f34c76 = Add consultation

# Beratung der Vorlage { $v1 } hinzufügen
a-beratung-der-vorlage-v1-f01d300a = Add consultation of paper { $v1 }

# Die Beratungsfolge wird in der Reihenfolge des Hinzufügens gezeigt. Ergebnis und Stimmen stehen beim Tagesordnungspunkt der Sitzung.
a-die-beratungsfolge-wird-in-7e0c5f36 = The consultation sequence is shown in the order added. Result and votes are recorded at the meeting’s agenda item.

# Dieses Gremium entscheidet abschließend
a-dieses-gremium-entscheidet-abschliessend-8b1d4d74 = This committee decides finally

# Muss zur gewählten Sitzung gehören.
a-muss-zur-gewaehlten-sitzung-c07cd79f = Must belong to the chosen meeting.

# Neue Berichtspflicht
a-neue-berichtspflicht-d1528efa = New reporting duty

# Welches Gremium bekommt welchen Bericht wie oft – etwa weil es im Beschluss darum gebeten hat, regelmäßig unterrichtet zu werden.
a-welches-gremium-bekommt-welchen-7d1207f9 = Which committee receives which report how often – for instance because it asked in its resolution to be informed regularly.

# Bericht
a-bericht-a01c6ab6 = Report

# z. B. Stand der Arbeiten am Integrationskonzept
a-z-b-stand-der-1f1a8b8e = e.g. State of work on the integration concept

# Alle … Monate
a-alle-monate-64513c53 = Every … months

# Nächster Bericht fällig am
a-naechster-bericht-faellig-am-ee5625d9 = Next report due on

# Beschlossen mit Vorlage
a-beschlossen-mit-vorlage-6f5b50dc = Decided with paper

# jährlich
a-jaehrlich-6e62c790 = yearly

# alle { $v1 } Monate
a-alle-v1-monate-e5223c0e = every { $v1 } months

# Neue Wahlperiode
a-neue-wahlperiode-aff13a8a = New legislative term

# z. B. Wahlperiode 2021–2026
a-z-b-wahlperiode-2021-d93212f7 = e.g. Legislative term 2021–2026

# Federführung
a-federfuehrung-4b09fbd2 = Lead

# Partner
a-partner-16b28759 = Partners

# Ansprechperson
a-ansprechperson-0b381c06 = Contact person

# Zielgruppen
a-zielgruppen-b07e65b4 = Target groups

# Gebiet
a-gebiet-7ed8ea69 = Area

# Gebiet genauer
a-gebiet-genauer-f079c3f6 = Area in detail

# z. B. die Namen der Gemeinden oder des Planungsraums
a-z-b-die-namen-d9e50bad = e.g. the names of the municipalities or of the planning area

# Leer lassen bei Daueraufgaben.
a-leer-lassen-bei-daueraufgaben-f27e22ed = Leave empty for permanent tasks.

# Priorität
a-prioritaet-bc5212eb = Priority

# Fortschritt in Prozent
a-fortschritt-in-prozent-12effbae = Progress in per cent

# 0 bis 100; wird mit jeder Sachstandsmeldung fortgeschrieben.
a-0-bis-100-wird-b4f4bb99 = 0 to 100; updated with every progress report.

# Mittel und Finanzierung
a-mittel-und-finanzierung-8aabe82d = Funds and funding


# Öffentlich sichtbar
a-oeffentlich-sichtbar-c38fb6a5 = Publicly visible

# Maßnahme bearbeiten
a-massnahme-bearbeiten-33daadaf = Edit measure

# Neue Maßnahme
a-neue-massnahme-b3bb88cf = New measure

# Maßnahme „{ $v1 }“ bearbeiten
a-massnahme-v1-bearbeiten-3518f8e6 = Edit measure “{ $v1 }”

# Bitte eine Organisation wählen, für die Ihr Konto spricht.
a-bitte-eine-organisation-waehlen-1dc25df1 = Please choose an organisation your account speaks for.

# Sachstand melden
a-sachstand-melden-9f8f9f9b = Report progress

# Sachstand melden: { $v1 }
a-sachstand-melden-v1-9e53ede8 = Report progress: { $v1 }

# Jede Meldung bleibt erhalten; so entsteht der Verlauf der Maßnahme. Die neueste Meldung bestimmt Status und Fortschritt.
a-jede-meldung-bleibt-erhalten-00e559ab = Every report is kept; together they form the measure’s history. The latest report sets status and progress.

# Stand vom
a-stand-vom-e7041161 = As of

# Sachstand
a-sachstand-24efbb86 = Progress

# Was ist geschehen, was steht an, wo hakt es?
a-was-ist-geschehen-was-d5c3781f = What has happened, what is next, where are the problems?

# Ausgaben im Berichtszeitraum in Euro
a-ausgaben-im-berichtszeitraum-73980ff6 = Expenditure in the reporting period in euros

# Meldende Organisation
a-meldende-organisation-b2e73593 = Reporting organisation

# Meldung speichern
a-meldung-speichern-09a08688 = Save report

# Verwaltung
a-verwaltung-64288b22 = Administration

# einen Namen
a-einen-namen-5bfe39b7 = a name

# Bitte mindestens eine Gemeinde wählen.
a-bitte-mindestens-eine-gemeinde-529e82e3 = Please choose at least one municipality.

# Neuer Planungsraum
a-neuer-planungsraum-b57daeb1 = New planning area

# Ein Planungsraum fasst Gemeinden zusammen; das Monitoring zeigt ihn neben den Gemeinden, mit den Werten aller seiner Gemeinden zusammen gerechnet.
a-ein-planungsraum-fasst-gemeinden-51af25d8 = A planning area groups municipalities; the monitoring shows it beside the municipalities, with the values of all its municipalities added up.

# Gemeinden
a-gemeinden-4c10da67 = Municipalities

# Kürzel
a-kuerzel-013ead1c = Code

# Kleinbuchstaben, Ziffern und _, z. B. auslaenderanteil; erscheint in der Adresse der Seite.
a-kleinbuchstaben-ziffern-und-8771f6fc = Lower-case letters, digits and _, e.g. auslaenderanteil; appears in the page’s address.

# Formel
a-formel-f7a7f87e = Formula


# Einheit
a-einheit-4b1dc6bd = Unit

# Wertung
a-wertung-4d57ccc5 = Rating

# höher ist besser
a-hoeher-ist-besser-bfed20c3 = higher is better

# niedriger ist besser
a-niedriger-ist-besser-48a04bce = lower is better

# keine Wertung
a-keine-wertung-25a6afb7 = no rating

# Quelle
a-quelle-00484bed = Source

# Indikator bearbeiten
a-indikator-bearbeiten-3669dca7 = Edit indicator

# Neuer Indikator
a-neuer-indikator-536522f1 = New indicator


# Bitte einen Zielwert angeben.
a-bitte-einen-zielwert-angeben-49cdbbd8 = Please enter a target value.

# „{ $raw }“ ist keine Zahl (z. B. 12,5).
a-raw-ist-keine-zahl-169edeb7 = “{ $raw }” is not a number (e.g. 12,5 or 12.5).

# Bitte das Zieljahr angeben (z. B. 2030).
a-bitte-das-zieljahr-angeben-ecbda7b4 = Please enter the target year (e.g. 2030).

# Zielgröße
a-zielgroesse-ac3916da = Target

# Zielgröße für „{ $v1 }“
a-zielgroesse-fuer-v1-a5493bd0 = Target for “{ $v1 }”

# Der Indikator, an dem das Ziel gemessen wird, mit Zielwert und Zieljahr. Die Konzeptseite zeigt dann, ob der Landkreis auf Kurs ist. Ohne Indikator wird die Zielgröße entfernt.
a-der-indikator-an-dem-2373e52c = The indicator by which the goal is measured, with target value and target year. The concept page then shows whether the county is on track. Without an indicator the target is removed.

# Zielwert
a-zielwert-09056c2f = Target value

# in der Einheit des Indikators, z. B. 12,5
a-in-der-einheit-des-bb176473 = in the indicator’s unit, e.g. 12,5

# Zieljahr
a-zieljahr-2c2c2972 = Target year

# Dieser Indikator gehört zu einer anderen Körperschaft.
a-dieser-indikator-gehoert-zu-138f6fca = This indicator belongs to another public body.

# Beteiligungsprozess bearbeiten
a-beteiligungsprozess-bearbeiten-0bee55e6 = Edit participation process

# Neuer Beteiligungsprozess
a-neuer-beteiligungsprozess-b8711896 = New participation process

# z. B. „Erarbeitung des Integrationskonzepts 2017–2019“
a-z-b-erarbeitung-des-7ee7feaf = e.g. “Drafting the integration concept 2017–2019”

# Wer beteiligt wird und wie; erscheint im Portal.
a-wer-beteiligt-wird-und-d96b9ad8 = Who takes part and how; appears in the portal.

# Format bearbeiten
a-format-bearbeiten-068afb73 = Edit format

# Neues Format
a-neues-format-93e5b37e = New format

# Neues Beteiligungsformat
a-neues-beteiligungsformat-930cbae4 = New participation format

# Format
a-format-ffb0ff72 = Format

# Datum (Beginn)
a-datum-beginn-20f69214 = Date (start)

# Für Reihen über mehrere Tage, z. B. eine Interviewreihe.
a-fuer-reihen-ueber-mehrere-c1b488db = For series over several days, e.g. a series of interviews.

# Planungsraum
a-planungsraum-1fd328cc = Planning area

# Veranstaltet von
a-veranstaltet-von-981d4db3 = Organised by

# Sprachen
a-sprachen-8955896f = Languages

# z. B. Deutsch, Arabisch, Dari
a-z-b-deutsch-arabisch-37f8aafa = e.g. German, Arabic, Dari

# Teilnehmende insgesamt
a-teilnehmende-insgesamt-5a886aa8 = Participants in total

# Leer lassen, dann gilt die Summe der Zielgruppen.
a-leer-lassen-dann-gilt-945eb1c5 = Leave empty to use the sum of the target groups.

# Teilnehmende nach Zielgruppe
a-teilnehmende-nach-zielgruppe-4b259fcc = Participants by target group

# Nur ausfüllen, was gezählt wurde.
a-nur-ausfuellen-was-gezaehlt-3ed83e36 = Fill in only what was counted.

# Dokumentation
a-dokumentation-54a9bd69 = Documentation

# Ablauf und Ergebnisse in Kürze; erscheint im Portal.
a-ablauf-und-ergebnisse-in-b6ab6df6 = Course and results in brief; appears in the portal.


# Beitrag bearbeiten
a-beitrag-bearbeiten-27839a06 = Edit contribution

# Neuer Beitrag
a-neuer-beitrag-b99de0ca = New contribution

# Neuer Beitrag aus „{ $v1 }“
a-neuer-beitrag-aus-v1-4919a5fe = New contribution from “{ $v1 }”

# Was genannt wurde, in einem oder wenigen Sätzen.
a-was-genannt-wurde-in-3a785c2d = What was said, in one or a few sentences.

# Handlungsfelder
a-handlungsfelder-757582ff = Fields of action

# „Handlungsfelder vorschlagen“ kreuzt an, was die Schlagwörter im Text nahelegen, und sagt, warum.
a-handlungsfelder-vorschlagen-d51fb117 = “Suggest fields of action” ticks what the keywords in the text suggest, and says why.

# Was daraus wurde
a-was-daraus-wurde-fe87d681 = What became of it

# Aufgenommen in Maßnahme(n)
a-aufgenommen-in-massnahme-n-0583f42a = Taken up in measure(s)

# Begründung
a-begruendung-cef833c4 = Reason

# Pflicht, wenn der Beitrag nicht aufgenommen wurde; erscheint im Portal.
a-pflicht-wenn-der-beitrag-26a5233d = Required if the contribution was not taken up; appears in the portal.

# Eingebracht von (Organisation)
a-eingebracht-von-organisation-f7770c3d = Brought in by (organisation)

# Die Akteure dieser Organisation können den Beitrag später selbst bearbeiten.
a-die-akteure-dieser-organisation-2d1c9b27 = The actors of this organisation can later edit the contribution themselves.

# Handlungsfelder vorschlagen
a-handlungsfelder-vorschlagen-1e8b23e9 = Suggest fields of action

# „{ $stem }“ in „{ $word }“
a-stem-in-word-444b159f = “{ $stem }” in “{ $word }”

# { $title } (wegen { $v1 })
a-title-wegen-v1-75f933b3 = { $title } (because of { $v1 })

# Vorschlag: Kein Schlagwort eines Handlungsfeldes kommt im Text vor. Bitte selbst zuordnen (oder die Schlagwörter ergänzen).
a-vorschlag-kein-schlagwort-eines-0794f158 = Suggestion: no keyword of any field of action occurs in the text. Please assign it yourself (or add keywords).

# Vorschlag, bitte prüfen und speichern: { $v1 }.
a-vorschlag-bitte-pruefen-und-d52c7751 = Suggestion, please check and save: { $v1 }.

# Schlagwörter der Handlungsfelder
a-schlagwoerter-der-handlungsfelder-1e19c76b = Keywords of the fields of action

# { $label }: „{ $raw }“ ist kein Datum. Bitte im Format JJJJ-MM-TT angeben.
a-label-raw-ist-kein-ea159338 = { $label }: “{ $raw }” is not a date. Please use the format YYYY-MM-DD.

# Dokument: „{ $v1 }“ gibt es nicht.
a-dokument-v1-gibt-es-25d8e539 = Document: “{ $v1 }” does not exist.

# Vergleich seit
a-vergleich-seit-d3404c4d = Changes since

# Statistik importieren
a-statistik-importieren-347b0525 = Import statistics

# Die Datei kann nicht zwischengespeichert werden.
a-die-datei-kann-nicht-2d39bcaf = The file cannot be stored temporarily.

# Die Datei kam nicht vollständig an ({ $e }); höchstens { $v1 } MB.
a-die-datei-kam-nicht-cfaa84d7 = The file did not arrive completely ({ $e }); at most { $v1 } MB.

# { $v1 } Nichts aus dieser Datei wurde gespeichert.
a-v1-nichts-aus-dieser-bd038eb9 = { $v1 } Nothing from this file was saved.

# Einleitung
a-einleitung-cd48b69b = Introduction

# Wozu die Befragung dient, wer sie durchführt, wie lange sie dauert.
a-wozu-die-befragung-dient-7eb405a3 = What the survey is for, who conducts it, how long it takes.

# Nur laufende Befragungen nehmen Antworten im Portal an.
a-nur-laufende-befragungen-nehmen-2f79ce02 = Only running surveys accept answers in the portal.

# Weitere Sprachen
a-weitere-sprachen-f7bbb440 = Further languages

# Deutsch ist immer dabei. Texte ohne Übersetzung erscheinen auf Deutsch.
a-deutsch-ist-immer-dabei-7038315c = German is always included. Texts without a translation appear in German.

# Nur mit Zugangscode (Einladungsschreiben)
a-nur-mit-zugangscode-einladungsschreiben-116fe678 = Only with an access code (invitation letter)

# Kleinste gezeigte Gruppe
a-kleinste-gezeigte-gruppe-11bf9db9 = Smallest group shown

# Ergebnisse für Gruppen mit weniger Antworten werden unterdrückt (Standard 5).
a-ergebnisse-fuer-gruppen-mit-7b92515c = Results for groups with fewer answers are suppressed (default 5).

# Ergebnisse im Portal zeigen
a-ergebnisse-im-portal-zeigen-4e51d4b4 = Show results in the portal

# Einzelantworten löschen nach (Tagen ab Abschluss)
a-einzelantworten-loeschen-nach-c548f537 = Delete individual answers after (days from closing)

# Datenschutz: Die Einzelantworten werden so viele Tage nach dem Abschluss gelöscht; danach lassen sich keine Ergebnisse mehr berechnen, vorher exportieren. Leer: aufbewahren.
a-datenschutz-die-einzelantworten-ff8f464a = Data protection: the individual answers are deleted this many days after closing; after that no results can be computed, so export them before. Empty: keep.

# Zugangscodes löschen nach (Tagen ab Abschluss)
a-zugangscodes-loeschen-nach-tagen-235aee3d = Delete access codes after (days from closing)

# Leer: aufbewahren, bis die Befragung gelöscht wird.
a-leer-aufbewahren-bis-die-594fa7c7 = Empty: keep until the survey is deleted.

# Befragung bearbeiten
a-befragung-bearbeiten-a3192785 = Edit survey

# Neue Befragung
a-neue-befragung-6d162f55 = New survey

# Befragung „{ $v1 }“ bearbeiten
a-befragung-v1-bearbeiten-87a827d0 = Edit survey “{ $v1 }”

# Zeile 
a-zeile-c9b9deb8 = Row{" "}

# nur wenn Frage { $v1 } = { $v2 }
a-nur-wenn-frage-v1-68d4c5ab = only if question { $v1 } = { $v2 }

# vom Papier eingegeben
a-vom-papier-eingegeben-2abbe7a5 = entered from paper

# aus Datei importiert
a-aus-datei-importiert-a8faa850 = imported from a file

# Spaltenname in Auswertung und Import, z. B. alter_gruppe (Buchstaben ohne Umlaute, Ziffern, _ - +).
a-spaltenname-in-auswertung-und-a2fee4a1 = Column name in analysis and import, e.g. alter_gruppe (letters without umlauts, digits, _ - +).

# Frageart
a-frageart-1e95e255 = Question type

# Fragetext
a-fragetext-a5682ca7 = Question text

# Hinweis zur Frage
a-hinweis-zur-frage-fa227aea = Note on the question

# Pflichtfrage
a-pflichtfrage-5dbd1474 = Required question

# Antwortmöglichkeiten
a-antwortmoeglichkeiten-28522d67 = Answer options

# Eine je Zeile, als „Kürzel = Text“ (z. B. „ja = Ja“) oder nur der Text (dann 1, 2, 3 …). Für Skalen die Stufen, z. B. 1 = sehr unzufrieden … 5 = sehr zufrieden.
a-eine-je-zeile-als-b57a047d = One per line, as “code = text” (e.g. “yes = Yes”) or just the text (then 1, 2, 3 …). For scales the steps, e.g. 1 = very dissatisfied … 5 = very satisfied.

# Zeilen der Matrix
a-zeilen-der-matrix-5470aab6 = Rows of the matrix

# Nur für Matrixfragen: die Aussagen, eine je Zeile, wie oben.
a-nur-fuer-matrixfragen-die-0a08dad2 = Only for matrix questions: the statements, one per line, as above.

# Kleinste Zahl
a-kleinste-zahl-812e9efd = Smallest number

# Nur für Zahlfragen.
a-nur-fuer-zahlfragen-1a7bf253 = Only for number questions.

# Größte Zahl
a-groesste-zahl-1c5344a1 = Largest number

# Nur fragen, wenn diese Frage …
a-nur-fragen-wenn-diese-8558ffd0 = Ask only if this question …

# … so beantwortet wurde (Kürzel der Antwort)
a-so-beantwortet-wurde-kuerzel-3896e169 = … was answered like this (code of the answer)

# Frage bearbeiten
a-frage-bearbeiten-68d9c15d = Edit question

# Neue Frage
a-neue-frage-ece02cf1 = New question

# Frage „{ $v1 }“ bearbeiten
a-frage-v1-bearbeiten-3ad16da8 = Edit question “{ $v1 }”

# Neue Frage für „{ $v1 }“
a-neue-frage-fuer-v1-8ba01419 = New question for “{ $v1 }”

# Frage anlegen
a-frage-anlegen-8f3c43f6 = Create question

# veraltet – der deutsche Text hat sich geändert
a-veraltet-der-deutsche-text-dddb5d48 = outdated – the German text has changed

# Übersetzung: { $v1 }
a-uebersetzung-v1-ae4b823c = Translation: { $v1 }

# Bitte eine Anzahl von 1 bis 5000 angeben.
a-bitte-eine-anzahl-von-e48f1b1f = Please enter a number from 1 to 5000.


# Antwortbogen vom Papier eingeben
a-antwortbogen-vom-papier-eingeben-3309e6d7 = Enter a paper questionnaire

# Gespeichert. Die Befragung hat jetzt { $n } Antworten; hier den nächsten Bogen eingeben.
a-gespeichert-die-befragung-hat-4e151fb1 = Saved. The survey now has { $n } answers; enter the next questionnaire here.


# Antworten importieren
a-antworten-importieren-6eeaa261 = Import answers

# { $name }: enthält keine Antworten.
a-name-enthaelt-keine-antworten-2242594a = { $name }: contains no answers.

# Gewichtung
a-gewichtung-9b36cd02 = Weighting

# Randverteilungen
a-randverteilungen-011032e4 = Margins

# Die erste Zeile muss „variable,category,target“ lauten.
a-die-erste-zeile-muss-0bfc2719 = The first line must read “variable,category,target”.

# Zeile { $line }: { $e }
a-zeile-line-e-3323790d = Line { $line }: { $e }

# Zeile { $line }: „{ $v1 }“ ist keine Zahl ≥ 0 (und keine Formel wie =BEVSTD[GES=GESW]).
a-zeile-line-v1-ist-47fb4035 = Line { $line }: “{ $v1 }” is not a number ≥ 0 (nor a formula like =BEVSTD[GES=GESW]).

# Es gibt noch keine Antworten zum Gewichten.
a-es-gibt-noch-keine-854d9589 = There are no answers to weight yet.

# „{ $s }“ ist keine Zahl.
a-s-ist-keine-zahl-5d42b473 = “{ $s }” is not a number.

# Die Toleranz muss größer als 0 sein.
a-die-toleranz-muss-groesser-bdec83c4 = The tolerance must be greater than 0.

# Toleranz: { $e }
a-toleranz-e-0fab7b6f = Tolerance: { $e }

# Höchstzahl der Durchläufe: eine ganze Zahl von 1 bis 10000.
a-hoechstzahl-der-durchlaeufe-4e8690af = Maximum number of iterations: a whole number from 1 to 10000.

# Trimmgrenze „{ $s }“ ist keine Zahl (oder ein Vielfaches wie 5x).
a-trimmgrenze-s-ist-keine-980f18ae = Trimming bound “{ $s }” is not a number (nor a multiple like 5x).

# Die Gewichtung ist nach { $v1 } Durchläufen nicht konvergiert (letzte Änderung { $v2 }, Toleranz { $v3 }). Mehr Durchläufe erlauben oder kleine Kategorien zusammenlegen. Nichts wurde gespeichert.
a-die-gewichtung-ist-nach-d2d8efa5 = The weighting did not converge after { $v1 } iterations (last change { $v2 }, tolerance { $v3 }). Allow more iterations or merge small categories. Nothing was saved.

#  Sollwerte teils aus dem Monitoring (Stand { $v1 }).
a-sollwerte-teils-aus-dem-1e3d3ea2 = {" "}Target values partly from the monitoring (as of { $v1 }).

# Formel „{ $formula }“: { $e }
a-formel-formula-e-f20be6d7 = Formula “{ $formula }”: { $e }

# die Formel „{ $formula }“ ergibt für { $key } keinen Wert; sind die Statistiken importiert?
a-die-formel-formula-ergibt-b46c3427 = the formula “{ $formula }” gives no value for { $key }; have the statistics been imported?

# Ergebnisse
a-ergebnisse-380f5d46 = Results

# Leichte Sprache
a-leichte-sprache-fd8ae9fd = Easy-to-read German (Leichte Sprache)

# Übersetzungen
a-uebersetzungen-a3d77b60 = Translations

# Texte der Fassung
a-texte-der-fassung-2cf3da1f = Texts of the version

# Texte: { $v1 }
a-texte-v1-6c5c7cc6 = Texts: { $v1 }

# Übersetzungen: { $v1 } ({ $v2 })
a-uebersetzungen-v1-v2-e27bf6dc = Translations: { $v1 } ({ $v2 })

# Jeder öffentliche Text der Fassung – Titel, Zusammenfassung, Leitsätze, Handlungsfelder, Ziele und Maßnahmen – lässt sich übersetzen; Zusammenfassung und Handlungsfelder auch in Leichte Sprache.
a-jeder-oeffentliche-text-der-1b9c451a = Every public text of the version – title, summary, guiding principles, fields of action, goals and measures – can be translated; the summary and the fields of action also into Leichte Sprache.

# Stand der Übersetzungen nach Sprache
a-stand-der-uebersetzungen-nach-f86e43fd = State of the translations by language

# Titel, Beschlussvorschlag und Sachverhalt der Vorlagen; Sitzungen und ihre Tagesordnungspunkte.
a-titel-beschlussvorschlag-und-a681ce95 = Title, proposed resolution and statement of facts of the papers; meetings and their agenda items.

# Beteiligungsprozesse, ihre Formate und die Beiträge mit der Begründung, was aus ihnen wurde.
a-beteiligungsprozesse-ihre-formate-17f293a7 = Participation processes, their formats and the contributions with the reason for what became of them.

# Name und Beschreibung jeder Kennzahl.
a-name-und-beschreibung-jeder-59a5debd = Name and description of every indicator.

# Übersetzungen: { $v1 }
a-uebersetzungen-v1-24ad474d = Translations: { $v1 }

# Die Texte der Vorlagen und Sitzungen, der Beteiligung und der Kennzahlen lassen sich übersetzen; die Texte eines Integrationskonzepts übersetzen Sie bei seiner Fassung.
a-die-texte-der-vorlagen-06ccaa65 = The texts of the papers and meetings, of participation and of the indicators can be translated; the texts of an integration concept are translated at its version.

# Übersetzung: { $name }
a-uebersetzung-name-4bb99406 = Translation: { $name }

# Administration
a-administration-8fd91fef = Administration

# Koordination
a-koordination-5a32c3d2 = Coordination

# Akteur (berichtet zu eigenen Maßnahmen)
a-akteur-berichtet-zu-eigenen-7426af9f = Actor (reports on own measures)

# Gremienmitglied (liest nicht-öffentliche Unterlagen)
a-gremienmitglied-liest-nicht-fc153210 = Committee member (reads non-public documents)

# { $v1 } (alle Körperschaften)
a-v1-alle-koerperschaften-a37f51d6 = { $v1 } (all public bodies)

# Körperschaft { $b }
a-koerperschaft-b-831c731d = Public body { $b }

# Das Passwort ist zu kurz ({ $n } Zeichen); es braucht mindestens { $MIN_PASSWORD_LEN }.
a-das-passwort-ist-zu-ad460a80 = The password is too short ({ $n } characters); it needs at least { $MIN_PASSWORD_LEN }.

# Das Passwort ist zu lang (höchstens 1024 Zeichen).
a-das-passwort-ist-zu-7331bb20 = The password is too long (at most 1024 characters).

# Das Passwort darf den Anmeldenamen nicht enthalten.
a-das-passwort-darf-den-c7054296 = The password must not contain the login name.

# „{ $v1 }“ ist kein gültiger Anmeldename: 3 bis 100 Zeichen aus Buchstaben, Ziffern und . - _ @.
a-v1-ist-kein-gueltiger-82b3ea76 = “{ $v1 }” is not a valid login name: 3 to 100 characters of letters, digits and . - _ @.

# Bitte einen Wert wählen: { $v1 }.
a-bitte-einen-wert-waehlen-a3d88d92 = Please choose a value: { $v1 }.

# „{ $v1 }“ ist kein gültiger Wert. Erlaubt: { $v2 }.
a-v1-ist-kein-gueltiger-f7ebddfd = “{ $v1 }” is not a valid value. Allowed: { $v2 }.

# Landkreis
a-landkreis-6a140548 = District (Landkreis)

# Kreisfreie Stadt
a-kreisfreie-stadt-60b7ff02 = County-level city

# Stadt
a-stadt-0f139c69 = Town

# Gemeinde
a-gemeinde-f1fb9833 = Municipality

# Verwaltungseinheit
a-verwaltungseinheit-84413a13 = Administrative unit

# Ausschuss
a-ausschuss-c522f37b = Committee

# Kreistag / Rat
a-kreistag-rat-af2c7127 = County council / council

# Steuerungsgruppe
a-steuerungsgruppe-c448fc51 = Steering group

# Arbeitsgruppe
a-arbeitsgruppe-ba16eb98 = Working group

# Externer Akteur
a-externer-akteur-8d42466c = External actor

# Wohlfahrtsverband
a-wohlfahrtsverband-57dd6eb1 = Welfare association

# Kirche / Religionsgemeinschaft
a-kirche-religionsgemeinschaft-d77de076 = Church / religious community

# Gewerkschaft
a-gewerkschaft-9c94a5c9 = Trade union

# Migrantenorganisation
a-migrantenorganisation-9e6a9bae = Migrant organisation

# Jobcenter / Agentur für Arbeit
a-jobcenter-agentur-fuer-arbeit-0cea2022 = Jobcenter / employment agency

# Schule / Bildungsträger
a-schule-bildungstraeger-b9c91fdb = School / education provider

# Kommune
a-kommune-65139ec9 = Municipality

# Verein / Initiative
a-verein-initiative-95a19537 = Association / initiative

# Wirtschaft / Kammer
a-wirtschaft-kammer-215c9646 = Business / chamber

# Gesundheitswesen
a-gesundheitswesen-d5dedc2c = Health care

# Sonstige
a-sonstige-b6b8268f = Other

# Leitbild
a-leitbild-e1eb5e3a = Guiding vision

# Integrationskonzept
a-integrationskonzept-7aa4776f = Integration concept

# Strategiepapier
a-strategiepapier-a4bac500 = Strategy paper

# Entwurf
a-entwurf-023eefae = Draft

# in Beratung
a-in-beratung-20ee473a = under consultation

# abgelöst
a-abgeloest-89246a9c = superseded

# in Umsetzung
a-in-umsetzung-635ca3ce = being implemented

# verzögert
a-verzoegert-538cfe5f = delayed

# Gemeinde(n)
a-gemeinde-n-2e62c97c = Municipality(-ies)

# den Namen der Zielgruppe
a-den-namen-der-zielgruppe-510392af = the name of the target group

# einen Titel
a-einen-titel-20415160 = a title

# die Fassung (z. B. 2022)
a-die-fassung-z-b-4cd45ac9 = the version (e.g. 2022)

# Ein beschlossenes Konzept braucht das Datum des Beschlusses.
a-ein-beschlossenes-konzept-braucht-9db22403 = An adopted concept needs the date of the resolution.

# einen Leitsatz
a-einen-leitsatz-34b0f238 = a guiding principle

# die federführende Organisation
a-die-federfuehrende-organisation-a695d04e = the lead organisation

# Zeile { $n }: „{ $v1 }“ ist kein Haushaltsjahr (1990–2100).
a-zeile-n-v1-ist-d12ee928 = Row { $n }: “{ $v1 }” is not a budget year (1990–2100).

# Zeile { $n }: Der Betrag darf nicht negativ sein.
a-zeile-n-der-betrag-445881d8 = Row { $n }: the amount must not be negative.

# Zeile { $n }: { $e }
a-zeile-n-e-f752a69f = Row { $n }: { $e }

# Zeile { $n }: Der Eigenanteil muss zwischen 0 und dem Betrag liegen.
a-zeile-n-der-eigenanteil-44caeedf = Row { $n }: the own share must be between 0 and the amount.

# Zeile { $n }: Für { $year } gibt es diese Finanzierungsquelle schon.
a-zeile-n-fuer-year-c2cced02 = Row { $n }: this funding source already exists for { $year }.

# das Datum der Meldung
a-das-datum-der-meldung-64d825ad = the date of the report

# Eine Meldung kann nicht in der Zukunft liegen.
a-eine-meldung-kann-nicht-a3594aa7 = A report cannot lie in the future.

# den Sachstand in Worten
a-den-sachstand-in-worten-f9215d23 = the progress in words

# Ausgaben können nicht negativ sein.
a-ausgaben-koennen-nicht-negativ-4e3b3e33 = Expenditure cannot be negative.

# den Namen der Körperschaft
a-den-namen-der-koerperschaft-0a50cdb6 = the name of the public body

# den Namen der Organisation
a-den-namen-der-organisation-f3fb514e = the name of the organisation

# Bitte angeben, welcher Art der externe Akteur ist.
a-bitte-angeben-welcher-art-8cebc548 = Please state what kind of external actor this is.

# einen Namen oder eine Funktionsbezeichnung
a-einen-namen-oder-eine-18e6a6a1 = a name or a function title

# Eine Webadresse beginnt mit https:// oder http://.
a-eine-webadresse-beginnt-mit-4ed168b9 = A web address starts with https:// or http://.

# „{ $mail }“ ist keine gültige E-Mail-Adresse.
a-mail-ist-keine-gueltige-349b5130 = “{ $mail }” is not a valid e-mail address.

# Der Dateiname ist zu lang (höchstens 200 Zeichen).
a-der-dateiname-ist-zu-3127e31d = The file name is too long (at most 200 characters).

# „{ $clean }“ ist leer.
a-clean-ist-leer-35d3a4be = “{ $clean }” is empty.

# „{ $clean }“ ist { $v1 } MB groß; erlaubt sind höchstens 20 MB.
a-clean-ist-v1-mb-db1d1384 = “{ $clean }” is { $v1 } MB; at most 20 MB are allowed.

# Dateien vom Typ „.{ $ext }“ werden nicht angenommen. Erlaubt: { $v1 }.
a-dateien-vom-typ-ext-1888ee6d = Files of type “.{ $ext }” are not accepted. Allowed: { $v1 }.

# Der Inhalt von „{ $clean }“ passt nicht zur Endung „.{ $ext }“.
a-der-inhalt-von-clean-13636fd4 = The content of “{ $clean }” does not match the extension “.{ $ext }”.

# Der Titel ist zu lang (höchstens 300 Zeichen).
a-der-titel-ist-zu-a63503a2 = The title is too long (at most 300 characters).

# Erwartet wird ein JSON-Objekt mit den Feldern des Datensatzes.
a-erwartet-wird-ein-json-de5727a4 = Expected a JSON object with the record’s fields.

# Jeder Eintrag muss ein Objekt sein.
a-jeder-eintrag-muss-ein-c4438c59 = Every entry must be an object.

# Erwartet wird ein einfacher Wert.
a-erwartet-wird-ein-einfacher-00392fc4 = Expected a simple value.

# Erwartet wird eine Liste einfacher Werte.
a-erwartet-wird-eine-liste-9e6714d3 = Expected a list of simple values.

# Bitte { $what } angeben.
a-bitte-what-angeben-d2b47627 = Please enter { $what }.

# Höchstens { $max_chars } Zeichen, hier sind es { $n }.
a-hoechstens-max-chars-zeichen-f83dccd4 = At most { $max_chars } characters; this has { $n }.

# Bitte den Fortschritt in Prozent (0 bis 100) angeben.
a-bitte-den-fortschritt-in-48e5a623 = Please enter the progress in per cent (0 to 100).

# „{ $raw }“ ist keine gültige Auswahl.
a-raw-ist-keine-gueltige-7cb832b7 = “{ $raw }” is not a valid choice.

# Bitte { $what } auswählen.
a-bitte-what-auswaehlen-a27c3749 = Please choose { $what }.

# { $n } liegt nicht zwischen { $min } und { $max }.
a-n-liegt-nicht-zwischen-c8f5bae8 = { $n } is not between { $min } and { $max }.

# „{ $raw }“ ist keine ganze Zahl.
a-raw-ist-keine-ganze-55ae52b9 = “{ $raw }” is not a whole number.

# „{ $v }“ ist weder ja noch nein.
a-v-ist-weder-ja-a00ff1c9 = “{ $v }” is neither yes nor no.

# „{ $s }“ ist kein gültiger Zeitpunkt (TT.MM.JJJJ HH:MM oder JJJJ-MM-TTTHH:MM).
a-s-ist-kein-gueltiger-2fa16b8b = “{ $s }” is not a valid point in time (DD.MM.YYYY HH:MM or YYYY-MM-DDTHH:MM).


# einstimmig ({ $counts })
a-einstimmig-counts-e97733cc = unanimous ({ $counts })

# „{ $pc }“ ist keine fünfstellige Postleitzahl.
a-pc-ist-keine-fuenfstellige-0d518f07 = “{ $pc }” is not a five-digit postcode.

# Bitte mindestens Raum, Anschrift oder eine Beschreibung angeben.
a-bitte-mindestens-raum-anschrift-4b2498aa = Please enter at least a room, an address or a description.

# eine Bezeichnung der Sitzung
a-eine-bezeichnung-der-sitzung-8d727d0d = a name for the meeting

# Bitte Datum und Uhrzeit des Beginns angeben.
a-bitte-datum-und-uhrzeit-581869ec = Please enter the date and time of the start.

# Das Ende liegt vor dem Beginn.
a-das-ende-liegt-vor-5036ff20 = The end lies before the start.

# Bitte das tagende Gremium auswählen.
a-bitte-das-tagende-gremium-a09ee0d9 = Please choose the committee that meets.

# den Gegenstand des Tagesordnungspunkts
a-den-gegenstand-des-tagesordnungspunkts-0f4efc69 = the subject of the agenda item

# Zu einer Abstimmung gehört ein Ergebnis, z. B. „ungeändert beschlossen“.
a-zu-einer-abstimmung-gehoert-a105118a = A vote needs a result, e.g. “adopted unchanged”.

# die Drucksachennummer (z. B. 2021/7/014)
a-die-drucksachennummer-z-b-bc0df6b8 = the reference number (e.g. 2021/7/014)

# Die Drucksachennummer enthält unzulässige Zeichen.
a-die-drucksachennummer-enthaelt-dec7454a = The reference number contains characters that are not allowed.

# den Betreff
a-den-betreff-e15f9d96 = the subject

# Eine Ausgabe ist entweder über- oder außerplanmäßig, nicht beides.
a-eine-ausgabe-ist-entweder-08f0d4b9 = An expenditure is either over-budget or unbudgeted, not both.

# Der Eigenanteil ist größer als die Gesamtkosten.
a-der-eigenanteil-ist-groesser-59c2affd = The own share is larger than the total cost.

# Der Betrag darf nicht negativ sein.
a-der-betrag-darf-nicht-a20676bf = The amount must not be negative.

# das beratende Gremium
a-das-beratende-gremium-5a380e13 = the consulting committee

# Bestandsaufnahme
a-bestandsaufnahme-540eb874 = Inventory

# Beteiligung
a-beteiligung-46b75c26 = Participation

# Beratung in den Gremien
a-beratung-in-den-gremien-a10d5896 = Consultation in the committees

# Beschluss
a-beschluss-142eccab = Resolution

# Umsetzung
a-umsetzung-aa22c747 = Implementation

# Evaluation und Fortschreibung
a-evaluation-und-fortschreibung-79a2c4c3 = Evaluation and update

# Interviewreihe
a-interviewreihe-49b99903 = Series of interviews

# Workshop
a-workshop-e22bcc2c = Workshop

# Forum
a-forum-3b4293f6 = Forum

# Konferenz
a-konferenz-599576b7 = Conference

# Sitzung der Steuerungsgruppe
a-sitzung-der-steuerungsgruppe-9ce1211a = Meeting of the steering group

# Sitzung einer Arbeitsgruppe
a-sitzung-einer-arbeitsgruppe-49db43f9 = Meeting of a working group

# Veranstaltung im Planungsraum
a-veranstaltung-im-planungsraum-1688c5bc = Event in the planning area

# Online-Beteiligung
a-online-beteiligung-968ab8e6 = Online participation

# Bedarf
a-bedarf-ca7f74db = Need

# Idee
a-idee-79978d6e = Idea

# Problem
a-problem-448c5c7c = Problem

# Ressource
a-ressource-94d4fc44 = Resource

# nicht aufgenommen
a-nicht-aufgenommen-20da5713 = not taken up

# das Datum
a-das-datum-f333be34 = the date

# „{ $group }“ ist keine Zielgruppe.
a-group-ist-keine-zielgruppe-7d6ecb0b = “{ $group }” is not a target group.

# „{ $count }“ ist keine Anzahl (ganze Zahl ab 0).
a-count-ist-keine-anzahl-d5151b96 = “{ $count }” is not a count (a whole number from 0).

# den Beitrag
a-den-beitrag-8679adbe = the contribution

# „Aufgenommen“ heißt: in mindestens eine Maßnahme. Bitte die Maßnahme(n) wählen.
a-aufgenommen-heisst-in-mindestens-08d253cd = “Taken up” means: into at least one measure. Please choose the measure(s).

# Bitte begründen, warum der Beitrag nicht aufgenommen wurde – die Öffentlichkeit sieht es.
a-bitte-begruenden-warum-der-0868b05e = Please give the reason why the contribution was not taken up – the public sees it.

# ärzt
a-aerzt-eee5323e = ärzt

# behörde
a-behoerde-0466e722 = behörde

# ämter
a-aemter-e287f5c8 = ämter

# öffnung
a-oeffnung-b52b8b62 = öffnung

# Deutsch
a-deutsch-f41f19e3 = German

# English
a-english-1b9ae0bb = English

# Englisch
a-englisch-4dbeac7a = English

# Arabisch
a-arabisch-4e551172 = Arabic

# Ukrainisch
a-ukrainisch-0aa64630 = Ukrainian

# Türkçe
a-tuerk-e-bdef6388 = Türkçe

# Türkisch
a-tuerkisch-31e1e7d4 = Turkish

# Russisch
a-russisch-02404961 = Russian

# Farsi
a-farsi-f51ab66a = Farsi

# in Vorbereitung
a-in-vorbereitung-9ad7a824 = in preparation

# läuft (Antworten möglich)
a-laeuft-antworten-moeglich-ecde0ceb = running (answers possible)

# „{ $code }“ ist keine angebotene Sprache.
a-code-ist-keine-angebotene-5bd1a772 = “{ $code }” is not an offered language.

# Zeile { $v1 }: „{ $code }“ taugt nicht als Kürzel (nur Buchstaben, Ziffern, _ - +).
a-zeile-v1-code-taugt-e90a1920 = Row { $v1 }: “{ $code }” cannot be a code (only letters, digits, _ - +).

# Zeile { $v1 }: die Beschriftung fehlt.
a-zeile-v1-die-beschriftung-3ea8fda8 = Row { $v1 }: the label is missing.

# Zeile { $v1 }: das Kürzel „{ $code }“ kommt zweimal vor.
a-zeile-v1-das-kuerzel-fb0097e9 = Row { $v1 }: the code “{ $code }” occurs twice.

# ein Kürzel (Spaltenname in der Auswertung)
a-ein-kuerzel-spaltenname-in-f3f9569c = a code (column name in the analysis)

# Nur Buchstaben ohne Umlaute, Ziffern, _ - + (z. B. alter_gruppe).
a-nur-buchstaben-ohne-umlaute-48172b06 = Only letters without umlauts, digits, _ - + (e.g. alter_gruppe).

# Bitte eine Frageart wählen.
a-bitte-eine-frageart-waehlen-2c6b9ceb = Please choose a question type.

# den Fragetext
a-den-fragetext-2c4e3190 = the question text

# „{ $raw }“ ist keine Zahl.
a-raw-ist-keine-zahl-ae1fc23a = “{ $raw }” is not a number.

# Der größte Wert muss mindestens so groß sein wie der kleinste.
a-der-groesste-wert-muss-1c89274d = The largest value must be at least as large as the smallest.

# Diese Frageart braucht mindestens zwei Antwortmöglichkeiten.
a-diese-frageart-braucht-mindestens-0630e4dd = This question type needs at least two answer options.

# Eine Matrix braucht mindestens eine Aussage (Zeile).
a-eine-matrix-braucht-mindestens-addf7fc0 = A matrix needs at least one statement (row).

# Für eine Bedingung Frage und Antwort-Kürzel angeben (oder beides leer lassen).
a-fuer-eine-bedingung-frage-62a587ba = For a condition, give the question and the answer code (or leave both empty).

# Titel der Fassung
a-titel-der-fassung-152b4b9d = Title of the version

# Zusammenfassung der Fassung
a-zusammenfassung-der-fassung-35994880 = Summary of the version

# Erläuterung des Leitsatzes
a-erlaeuterung-des-leitsatzes-9aa22373 = Explanation of the guiding principle

# Beschreibung des Handlungsfelds
a-beschreibung-des-handlungsfelds-740daad4 = Description of the field of action

# Beschreibung der Maßnahme
a-beschreibung-der-massnahme-b05569ce = Description of the measure

# Titel der Vorlage
a-titel-der-vorlage-706dcfb8 = Title of the paper

# Beschreibung des Prozesses
a-beschreibung-des-prozesses-6203c430 = Description of the process

# Veranstaltung
a-veranstaltung-4ec44233 = Event

# Beschreibung der Veranstaltung
a-beschreibung-der-veranstaltung-266bf3c3 = Description of the event

# Begründung zum Beitrag
a-begruendung-zum-beitrag-4441dd8a = Reason given for the contribution

# Kennzahl
a-kennzahl-f9eafd58 = Indicator

# Beschreibung der Kennzahl
a-beschreibung-der-kennzahl-f61a15e8 = Description of the indicator

# Vorlagen und Sitzungen
a-vorlagen-und-sitzungen-caf4414b = Papers and meetings

# Kennzahlen
a-kennzahlen-e88b8a4b = Indicators

# Bitte den amtlichen Schlüssel (AGS/ARS) angeben.
a-bitte-den-amtlichen-schluessel-024e09a2 = Please enter the official key (AGS/ARS).

# Der amtliche Schlüssel darf nur Ziffern enthalten (z. B. 03157).
a-der-amtliche-schluessel-darf-5a6cb78f = The official key may contain digits only (e.g. 03157).

# Ein amtlicher Schlüssel hat 2, 3, 5, 8, 9 oder 12 Stellen, nicht { $v1 }.
a-ein-amtlicher-schluessel-hat-b30fbe8b = An official key has 2, 3, 5, 8, 9 or 12 digits, not { $v1 }.

# „{ $v1 }“ ist kein Land: Ein amtlicher Schlüssel beginnt mit 01 bis 16.
a-v1-ist-kein-land-2dd7c7c4 = “{ $v1 }” is not a Land: an official key starts with 01 to 16.

# „{ $s }“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).
a-s-ist-kein-gueltiges-de1f1e4b = “{ $s }” is not a valid date (DD.MM.YYYY or YYYY-MM-DD).

# Das Ende ({ $v1 }) liegt vor dem Beginn ({ $v2 }).
a-das-ende-v1-liegt-71f31769 = The end ({ $v1 }) lies before the start ({ $v2 }).

# „{ $v1 }“ ist kein Geldbetrag (z. B. 12.500,00).
a-v1-ist-kein-geldbetrag-5b9efa07 = “{ $v1 }” is not an amount of money (e.g. 12.500,00).

# „{ $v1 }“ ist keine ganze Zahl von 0 bis 100.
a-v1-ist-keine-ganze-05a66aea = “{ $v1 }” is not a whole number from 0 to 100.

# Der Fortschritt muss zwischen 0 und 100 % liegen, nicht { $n } %.
a-der-fortschritt-muss-zwischen-9be8f5fd = The progress must be between 0 and 100 %, not { $n } %.

# Passwort kann nicht gehasht werden: { $e }
a-passwort-kann-nicht-gehasht-935770d2 = The password cannot be hashed: { $e }

# Bitte einen Namen angeben.
a-bitte-einen-namen-angeben-d08c84c3 = Please enter a name.

# Den Anmeldenamen „{ $login }“ gibt es schon.
a-den-anmeldenamen-login-gibt-4eee9ca9 = The login name “{ $login }” already exists.

# Konto
a-konto-f99ca80e = Account

# Keine Körperschaft mit Schlüssel { $key }.
a-keine-koerperschaft-mit-schluessel-096ac9aa = No public body with key { $key }.

# Die Rolle „{ $v1 }“ gilt für eine Körperschaft: bitte --body angeben.
a-die-rolle-v1-gilt-dc97c478 = The role “{ $v1 }” applies to one public body: please give --body.

# Ein Akteur spricht für mindestens eine Organisation: bitte --organization angeben.
a-ein-akteur-spricht-fuer-b0592885 = An actor speaks for at least one organisation: please give --organization.

# Organisation { $org } gehört nicht zu dieser Körperschaft.
a-organisation-org-gehoert-nicht-02d2628f = Organisation { $org } does not belong to this public body.

# Das bisherige Passwort stimmt nicht.
a-das-bisherige-passwort-stimmt-7348dd88 = The current password is not correct.

# Eine Körperschaft mit dem Schlüssel { $v1 } gibt es schon.
a-eine-koerperschaft-mit-dem-84fafb26 = A public body with the key { $v1 } already exists.

# Eine andere Körperschaft hat schon den Schlüssel { $v1 }.
a-eine-andere-koerperschaft-hat-22aa2575 = Another public body already has the key { $v1 }.

# Konzeptfassungen
a-konzeptfassungen-b7cc3af4 = Concept versions

# Organisationen
a-organisationen-411d8f78 = Organisations

# Personen
a-personen-6c6516e3 = Persons

# Sitzungen
a-sitzungen-e610e41a = Meetings

# Vorlagen
a-vorlagen-83d26b3b = Papers

# Orte
a-orte-6f6db50f = Places

# { $v1 } kann nicht gelöscht werden, solange noch { $v2 } dazugehören. Bitte diese zuerst löschen.
a-v1-kann-nicht-geloescht-af082304 = { $v1 } cannot be deleted while { $v2 } still belong to it. Please delete those first.

# „{ $v1 }“ ({ $v2 }) hat noch { $fields } Handlungsfeld(er) und { $principles } Leitsatz/Leitsätze. Bitte diese zuerst löschen — oder die Fassung als „abgelöst“ kennzeichnen, damit die Geschichte erhalten bleibt.
a-v1-v2-hat-noch-518c17f6 = “{ $v1 }” ({ $v2 }) still has { $fields } field(s) of action and { $principles } guiding principle(s). Please delete these first — or mark the version as “superseded” so that its history is kept.

# Das Handlungsfeld „{ $v1 }“ hat noch { $goals } Ziel(e). Bitte die Ziele zuerst löschen oder einem anderen Handlungsfeld zuordnen.
a-das-handlungsfeld-v1-hat-6331817f = The field of action “{ $v1 }” still has { $goals } goal(s). Please delete the goals first or assign them to another field of action.

# Das Ziel „{ $v1 }“ hat noch { $n } Maßnahme(n). Bitte die Maßnahmen zuerst löschen oder einem anderen Ziel zuordnen.
a-das-ziel-v1-hat-4d5ba269 = The goal “{ $v1 }” still has { $n } measure(s). Please delete the measures first or assign them to another goal.

# Eine Fassung kann sich nicht selbst ablösen.
a-eine-fassung-kann-sich-055819ef = A version cannot supersede itself.

# Die Fassung Nr. { $old } gibt es in dieser Körperschaft nicht.
a-die-fassung-nr-old-db2f93d6 = Version no. { $old } does not exist in this public body.

# Die Sitzung „{ $v1 }“ hat noch { $items } Tagesordnungspunkt(e) und { $cons } Beratung(en). Bitte diese zuerst löschen; eine ausgefallene Sitzung wird als „abgesagt“ markiert.
a-die-sitzung-v1-hat-f37c2945 = The meeting “{ $v1 }” still has { $items } agenda item(s) and { $cons } consultation(s). Please delete these first; a meeting that did not take place is marked as “cancelled”.

# Die Vorlage
a-die-vorlage-d6ce5951 = The paper

# Das Gremium
a-das-gremium-2bff9ffb = The committee

# Die Sitzung
a-die-sitzung-4b84bec7 = The meeting

# Der Tagesordnungspunkt gehört nicht zu dieser Sitzung.
a-der-tagesordnungspunkt-gehoert-519cc2f8 = The agenda item does not belong to this meeting.

# Der Ort
a-der-ort-04ccd7db = The place

# Die Vorlage { $v1 } gibt es schon.
a-die-vorlage-v1-gibt-2c9357bf = Paper { $v1 } already exists.

# Die einreichende Stelle
a-die-einreichende-stelle-c1fd3e71 = The submitting office

# Die federführende Stelle
a-die-federfuehrende-stelle-381c55dd = The lead office

# Die einreichende Person
a-die-einreichende-person-614481ad = The submitting person

# Die Konzeptfassung
a-die-konzeptfassung-a5a4ef1d = The concept version

# Die Maßnahme Nr. { $m } gibt es in dieser Körperschaft nicht.
a-die-massnahme-nr-m-ffc1311c = Measure no. { $m } does not exist in this public body.

# Berichtszyklus
a-berichtszyklus-e1fc67a9 = Reporting cycle

# { $v1 } nicht gefunden
a-v1-nicht-gefunden-a88f3172 = { $v1 } not found

# Datenbankfehler: { $v1 }
a-datenbankfehler-v1-41a2e806 = Database error: { $v1 }

# Migration fehlgeschlagen: { $v1 }
a-migration-fehlgeschlagen-v1-aa45e812 = Migration failed: { $v1 }

# Das geht nicht: der Eintrag hängt noch mit anderen Einträgen zusammen (er wird z. B. von Beiträgen, Beteiligungsformaten, Berichtspflichten oder Vorlagen verwendet). Bitte zuerst diese Verbindungen lösen. Es wurde nichts geändert.
a-das-geht-nicht-der-19c2035e = Not possible: the record is still connected to other records (it is used, for instance, by contributions, participation formats, reporting duties or papers). Please remove these connections first. Nothing was changed.

# Datei
a-datei-72cb2230 = File

# ein Kürzel
a-ein-kuerzel-b67cdb34 = a code

# Das Kürzel besteht aus Kleinbuchstaben, Ziffern und _ (z. B. auslaenderanteil).
a-das-kuerzel-besteht-aus-440ba5e2 = The code consists of lower-case letters, digits and _ (e.g. auslaenderanteil).

# eine Formel
a-eine-formel-4c054515 = a formula

# Bitte „höher ist besser“, „niedriger ist besser“ oder „keine Wertung“ wählen.
a-bitte-hoeher-ist-besser-bca7dca5 = Please choose “higher is better”, “lower is better” or “no rating”.

# Das Kürzel „{ $v1 }“ ist schon vergeben.
a-das-kuerzel-v1-ist-9028f164 = The code “{ $v1 }” is already taken.

# „{ $v1 }“ ist noch Zielgröße von { $goals } Ziel(en). Bitte dort zuerst den Indikator entfernen.
a-v1-ist-noch-zielgroesse-f94526d7 = “{ $v1 }” is still the target of { $goals } goal(s). Please remove the indicator there first.

# „{ $m }“ ist keine Gemeinde von { $v1 }.
a-m-ist-keine-gemeinde-88d7436c = “{ $m }” is not a municipality of { $v1 }.

# Zur Maßnahme „{ $v1 }“ gibt es { $n } Sachstandsmeldung(en); sie bleibt deshalb erhalten. Wird sie nicht weiterverfolgt, bitte den Status „eingestellt“ setzen.
a-zur-massnahme-v1-gibt-383be394 = The measure “{ $v1 }” has { $n } progress report(s), so it is kept. If it is not pursued any further, please set the status “discontinued”.


# Die Organisation
a-die-organisation-9aeff201 = The organisation

# Die federführende Organisation
a-die-federfuehrende-organisation-98375e6e = The lead organisation

# Die Partnerorganisation
a-die-partnerorganisation-e09f3875 = The partner organisation

# Die Zielgruppe
a-die-zielgruppe-2b7f4724 = The target group

# Die Ansprechperson
a-die-ansprechperson-38140dd4 = The contact person

# Mitgliedschaft
a-mitgliedschaft-637509d7 = Membership

# Diese Person gibt es nicht.
a-diese-person-gibt-es-125f6ee4 = This person does not exist.

# Die Person gehört nicht zu dieser Körperschaft.
a-die-person-gehoert-nicht-96e98118 = The person does not belong to this public body.

# { $what } Nr. { $id } gibt es in dieser Körperschaft nicht.
a-what-nr-id-gibt-82eb9ddd = { $what } no. { $id } does not exist in this public body.


# Gremium von { $members } Mitgliedschaft(en)
a-gremium-von-members-mitgliedschaft-194abcc9 = committee of { $members } membership(s)

# federführend bei { $lead } Maßnahme(n)
a-federfuehrend-bei-lead-massnahme-f37bbd47 = lead of { $lead } measure(s)

# Partner bei { $partner } Maßnahme(n)
a-partner-bei-partner-massnahme-384a3201 = partner in { $partner } measure(s)

# Absender von { $reports } Sachstandsmeldung(en)
a-absender-von-reports-sachstandsmeldung-b1ea8651 = sender of { $reports } progress report(s)

# Organisation von { $persons } Person(en)
a-organisation-von-persons-person-1037e469 = organisation of { $persons } person(s)

# „{ $v1 }“ kann nicht gelöscht werden: Sie ist noch { $v2 }. Bitte zuerst die Maßnahmen einer anderen Organisation zuordnen.
a-v1-kann-nicht-geloescht-e64f8c9c = “{ $v1 }” cannot be deleted: it is still { $v2 }. Please assign the measures to another organisation first.

# „{ $v1 }“ ist noch Ansprechperson für { $n } Maßnahme(n). Bitte dort zuerst eine andere Ansprechperson eintragen.
a-v1-ist-noch-ansprechperson-f43081b2 = “{ $v1 }” is still the contact person for { $n } measure(s). Please enter another contact person there first.

# „{ $v1 }“ hat noch { $seats } Mitgliedschaft(en) oder eingereichte Vorlage(n); diese bleiben mit der Person verbunden.
a-v1-hat-noch-seats-8b1905c7 = “{ $v1 }” still has { $seats } membership(s) or submitted paper(s); these stay connected with the person.

# Die Zielgruppe „{ $v1 }“ gibt es schon.
a-die-zielgruppe-v1-gibt-b50ac2c8 = The target group “{ $v1 }” already exists.

# Die Zielgruppe „{ $v1 }“ ist noch { $n } Maßnahme(n) zugeordnet und kann deshalb nicht gelöscht werden.
a-die-zielgruppe-v1-ist-840a750a = The target group “{ $v1 }” is still assigned to { $n } measure(s) and therefore cannot be deleted.

# „{ $v1 }“ hat noch { $n } Format(e) mit ihren Beiträgen; sie bleiben nachvollziehbar. Erst die Formate löschen.
a-v1-hat-noch-n-ca77cc04 = “{ $v1 }” still has { $n } format(s) with their contributions; they stay traceable. Delete the formats first.

# „{ $v1 }“ hat noch { $n } Beitrag/Beiträge; sie bleiben nachvollziehbar. Erst die Beiträge löschen.
a-v1-hat-noch-n-7f34937d = “{ $v1 }” still has { $n } contribution(s); they stay traceable. Delete the contributions first.

# Der Planungsraum
a-der-planungsraum-a54c2169 = The planning area

# Eine Zielgruppe steht zweimal in der Liste.
a-eine-zielgruppe-steht-zweimal-232f015d = A target group appears twice in the list.

# Das Handlungsfeld
a-das-handlungsfeld-34477b90 = The field of action

# Die Maßnahme
a-die-massnahme-4a13f2cc = The measure

# [gelöscht]
a-geloescht-3fd370e8 = [erased]

# Auskunft nach Art. 15 DSGVO: gespeicherte Daten einer Person
a-auskunft-nach-art-15-c2b26fe8 = Access request under Art. 15 GDPR: stored data of a person

# Auskunft nach Art. 15 DSGVO: gespeicherte Daten eines Kontos
a-auskunft-nach-art-15-77702376 = Access request under Art. 15 GDPR: stored data of an account

# nur als Argon2id-Hash gespeichert, nicht Teil der Auskunft
a-nur-als-argon2id-hash-1356c270 = stored only as an Argon2id hash, not part of the disclosure

# Die Daten dieser Person wurden bereits gelöscht.
a-die-daten-dieser-person-b557afb4 = The data of this person have already been erased.

# Gelöschte Person { $id }
a-geloeschte-person-id-a544f12f = Erased person { $id }

# Gelöschtes Konto
a-geloeschtes-konto-48f56ff9 = Erased account

# Abbruch: die Datenbank nimmt keine Werte mehr an
a-abbruch-die-datenbank-nimmt-66cd43d7 = Aborted: the database accepts no more values

# Merkmal { $v1 } nicht angekündigt
a-merkmal-v1-nicht-angekuendigt-d8c5eb82 = Variable { $v1 } not announced

# Tabelle { $code } nicht angekündigt
a-tabelle-code-nicht-angekuendigt-45e6da8e = Table { $code } not announced

# Abbruch beim Lesen: { $e }
a-abbruch-beim-lesen-e-fc186853 = Aborted while reading: { $e }

# Das Kürzel „{ $v1 }“ hat schon eine andere Frage.
a-das-kuerzel-v1-hat-2c76e2ac = The code “{ $v1 }” already belongs to another question.

# Die Bedingung muss sich auf eine frühere Frage dieser Befragung beziehen.
a-die-bedingung-muss-sich-04dab749 = The condition must refer to an earlier question of this survey.

# „{ $value }“ ist keine Antwort dieser Frage (möglich: { $v1 }).
a-value-ist-keine-antwort-b749b955 = “{ $value }” is not an answer of this question (possible: { $v1 }).

# „{ $v1 }“ hat { $n } Antwort(en); sie bleiben erhalten. Die Befragung stattdessen auf „abgeschlossen“ setzen.
a-v1-hat-n-antwort-ba6c53cd = “{ $v1 }” has { $n } answer(s); they are kept. Set the survey to “closed” instead.

# neue Fragen würden nicht zu ihnen passen
a-neue-fragen-wuerden-nicht-5c2b30ab = new questions would not fit them

# geänderte Fragen würden nicht mehr zu ihnen passen
a-geaenderte-fragen-wuerden-nicht-9b90dded = changed questions would no longer fit them

# die Frage gehört zu ihnen
a-die-frage-gehoert-zu-4820c52c = the question belongs to them

# Die Frage „{ $v1 }“ wird nur gestellt, je nachdem wie diese beantwortet wird. Bitte dort zuerst die Bedingung entfernen.
a-die-frage-v1-wird-1f2109a3 = The question “{ $v1 }” is only asked depending on how this one is answered. Please remove the condition there first.

# Es gibt schon { $n } Antwort(en); { $why }. Für eine geänderte Fassung eine neue Befragung anlegen.
a-es-gibt-schon-n-f9399957 = There are already { $n } answer(s); { $why }. For a changed version, create a new survey.

# Dieser Zugangscode ist unbekannt oder wurde schon benutzt.
a-dieser-zugangscode-ist-unbekannt-e60b11cf = This access code is unknown or has already been used.

# { $v1 }: keine Spalte heißt wie eine Frage. Die Kopfzeile braucht die Kürzel der Fragen: { $v2 }.
a-v1-keine-spalte-heisst-fcfe2db7 = { $v1 }: no column is named like a question. The header needs the questions’ codes: { $v2 }.

# { $v1 }, Zeile { $v2 }, Spalte „designgewicht“: „{ $v }“ ist keine positive Zahl.
a-v1-zeile-v2-spalte-c713b0cb = { $v1 }, line { $v2 }, column “designgewicht”: “{ $v }” is not a positive number.

# Pflichtfrage ohne Antwort
a-pflichtfrage-ohne-antwort-a6d035ef = Required question without an answer

# „{ $value }“ ist keine Antwortmöglichkeit
a-value-ist-keine-antwortmoeglichkeit-3c4a3781 = “{ $value }” is not an answer option

# „{ $value }“ ist keine Zahl
a-value-ist-keine-zahl-eb094747 = “{ $value }” is not a number

# „{ $value }“ ist kleiner als { $n }
a-value-ist-kleiner-als-aff82b5e = “{ $value }” is smaller than { $n }

# „{ $value }“ ist größer als { $n }
a-value-ist-groesser-als-cef4208b = “{ $value }” is larger than { $n }

# zu lang
a-zu-lang-47f26e64 = too long

# { $v1 }, Zeile { $v2 }, Spalte „{ $column }“: { $message }.
a-v1-zeile-v2-spalte-dd418743 = { $v1 }, line { $v2 }, column “{ $column }”: { $message }.

# Fassung { $v1 }
a-fassung-v1-a3d1bf75 = Version { $v1 }

# Leitsatz { $v1 }
a-leitsatz-v1-68e785de = Guiding principle { $v1 }

# Handlungsfeld { $v1 }
a-handlungsfeld-v1-7b5cab17 = Field of action { $v1 }

# Ziel { $v1 }.{ $v2 }
a-ziel-v1-v2-89cf8b9e = Goal { $v1 }.{ $v2 }

# Maßnahme { $c }
a-massnahme-c-46ebb38b = Measure { $c }

# Sitzung am { $v1 }
a-sitzung-am-v1-86ce3c82 = Meeting on { $v1 }

# { $place }, TOP { $n }
a-place-top-n-85851065 = { $place }, item { $n }

# { $place }, TOP
a-place-top-cc8a3121 = { $place }, item

# Prozess „{ $v1 }“
a-prozess-v1-59f93d58 = Process “{ $v1 }”

# Format „{ $v1 }“
a-format-v1-93afe805 = Format “{ $v1 }”

# { $place }, Beitrag { $v1 }
a-place-beitrag-v1-32e808af = { $place }, contribution { $v1 }

# Kennzahl { $v1 }
a-kennzahl-v1-32f1bda7 = Indicator { $v1 }

# In „{ $lang }“ wird nicht übersetzt.
a-in-lang-wird-nicht-84ffdcae = There is no translation into “{ $lang }”.

# Dieser Text lässt sich nicht übersetzen.
a-dieser-text-laesst-sich-9feb2eed = This text cannot be translated.

# Diesen Eintrag gibt es bei dieser Körperschaft nicht.
a-diesen-eintrag-gibt-es-21a4996b = This record does not exist in this public body.

# Der Text ist zu lang (höchstens 20 000 Zeichen).
a-der-text-ist-zu-70e240d8 = The text is too long (at most 20,000 characters).

# Anzahl
a-anzahl-99f048ab = Count

# Prozent
a-prozent-ffa25dd3 = Per cent

# Tsd.
a-tsd-4671cab6 = thousand

# Tsd. EUR
a-tsd-eur-29191326 = thousand EUR

# Jahre
a-jahre-cfccee95 = years

# Euro
a-euro-e48a5018 = Euro

# GENESIS-Tabelle:
a-genesis-tabelle-9744fcc5 = GENESIS table:

# „GENESIS-Tabelle: …“ erwartet
a-genesis-tabelle-erwartet-c27dcc05 = “GENESIS-Tabelle: …” expected

# keine Datenzeilen gefunden (erwartet: [Zeit;]Schlüssel;Name;Werte…)
a-keine-datenzeilen-gefunden-erwartet-8ca31d3c = no data lines found (expected: [time;]key;name;values…)

# keine Wertspalten
a-keine-wertspalten-dda0e942 = no value columns

# Merkmal { $v1 }
a-merkmal-v1-6ee63ded = Variable { $v1 }

# Insgesamt
a-insgesamt-1f8b5e76 = Total

# kein Zeitbezug: weder eine Zeitspalte noch eine Kopfzeile mit Jahren oder Stichtagen
a-kein-zeitbezug-weder-eine-e0042812 = no time reference: neither a time column nor a header with years or reference dates

# { $v1 } statt { $width } Felder – ist die Datei abgeschnitten?
a-v1-statt-width-felder-deb8ab38 = { $v1 } instead of { $width } fields – is the file cut off?

# „{ $v1 }“ ist kein Jahr oder Stichtag
a-v1-ist-kein-jahr-7294d765 = “{ $v1 }” is not a year or reference date

# Tabulator
a-tabulator-0db87b85 = tab

# „{ $c }“
a-c-d00054e8 = “{ $c }”

# falsches Trennzeichen: erwartet wird „;“, die Kopfzeile trennt mit { $sep }
a-falsches-trennzeichen-erwartet-caed16f0 = wrong separator: “;” is expected, the header separates with { $sep }

# Spalte „{ $n }“ fehlt in der Kopfzeile
a-spalte-n-fehlt-in-458c4472 = column “{ $n }” is missing from the header

# nicht lesbar: { $e }
a-nicht-lesbar-e-ac3c126f = not readable: { $e }

# die Datei enthält keine Kopfzeile
a-die-datei-enthaelt-keine-6bef2ba3 = the file has no header line

# keine gültige UTF-8-Kodierung; GENESIS-Flatfiles sind UTF-8 (wurde die Datei als ISO-8859-1/Windows-1252 gespeichert?)
a-keine-gueltige-utf-8-89781041 = not valid UTF-8; GENESIS flat files are UTF-8 (was the file saved as ISO-8859-1/Windows-1252?)

# { $found } statt { $width } Felder – ist die Datei abgeschnitten oder das Trennzeichen falsch?
a-found-statt-width-felder-c4c57d6d = { $found } instead of { $width } fields – is the file cut off or the separator wrong?

# kein Merkmal angegeben
a-kein-merkmal-angegeben-07100e93 = no variable given

# kein Zeitraum angegeben
a-kein-zeitraum-angegeben-94f558a9 = no period given

# Deutschland
a-deutschland-09e9c3fe = Germany

# kein Regionalschlüssel angegeben
a-kein-regionalschluessel-angegeben-79d7c905 = no regional key given

# die Datei enthält keine Datenzeilen
a-die-datei-enthaelt-keine-c0d6797d = the file contains no data lines

# unerwartetes Zeichen
a-unerwartetes-zeichen-c3c2a32a = unexpected character

# Formel „{ $v1 }“, Zeichen { $v2 }: { $what }
a-formel-v1-zeichen-v2-3d6693d5 = Formula “{ $v1 }”, character { $v2 }: { $what }

# „)“ fehlt
a-fehlt-54bf30ef = “)” missing

# „{ $text }“ ist keine Zahl
a-text-ist-keine-zahl-ea149749 = “{ $text }” is not a number

# Merkmal in sum(…) fehlt
a-merkmal-in-sum-fehlt-5c6e5476 = variable in sum(…) missing

# Zahl, Merkmal, „(“ oder sum(…) erwartet
a-zahl-merkmal-oder-sum-a55bd645 = number, variable, “(” or sum(…) expected

# die Formel endet zu früh
a-die-formel-endet-zu-42bfcb64 = the formula ends too early

# „]“ fehlt
a-fehlt-bd99729b = “]” missing

# Merkmalsausprägungen als MERKMAL=AUSPRÄGUNG angeben
a-merkmalsauspraegungen-als-merkmal-639f351c = give variable values as VARIABLE=VALUE

# GENESIS-Flatfile-CSV
a-genesis-flatfile-csv-43b2c528 = GENESIS flat-file CSV

# GENESIS-Tabellen-CSV
a-genesis-tabellen-csv-24e33a54 = GENESIS table CSV

# eigene Daten (CSV)
a-eigene-daten-csv-94624a33 = own data (CSV)

# eigene Daten (XLSX)
a-eigene-daten-xlsx-20cd8a62 = own data (XLSX)

# { $v1 }: { $v2 } ({ $v3 }), { $v4 } Zeilen, { $v5 } Werte
a-v1-v2-v3-v4-b7907a0b = { $v1 }: { $v2 } ({ $v3 }), { $v4 } lines, { $v5 } values

# , Zeitraum { $first }
a-zeitraum-first-112087ec = , period { $first }

# , Zeiträume { $first } bis { $last } ({ $v1 })
a-zeitraeume-first-bis-last-bc256421 = , periods { $first } to { $last } ({ $v1 })

# „{ $s }“ { $n }×
a-s-n-1f6087ec = “{ $s }” { $n }×

# ; Zeichen: { $v1 }
a-zeichen-v1-e22060bf = ; symbols: { $v1 }

# ; Qualität: { $v1 }
a-qualitaet-v1-ce4abe1e = ; quality: { $v1 }

# ; { $v1 } ehemalige Gebietseinheiten (nicht mehr im Gemeindeverzeichnis)
a-v1-ehemalige-gebietseinheiten-241bf1f9 = ; { $v1 } former territorial units (no longer in the municipality directory)

# , Zeile { $l }
a-zeile-l-9095cfb8 = , line { $l }

# , Spalte { $c }
a-spalte-c-51099725 = , column { $c }

# „{ $key }“ ist kein amtlicher Regionalschlüssel (AGS/ARS)
a-key-ist-kein-amtlicher-4d4e2baa = “{ $key }” is not an official regional key (AGS/ARS)

# Regionalschlüssel „{ $key }“ ({ $name }) steht nicht im Gemeindeverzeichnis (Gebietsstand { $v1 })
a-regionalschluessel-key-name-381020fc = Regional key “{ $key }” ({ $name }) is not in the municipality directory (territorial status { $v1 })

# kann nicht geöffnet werden: { $e }
a-kann-nicht-geoeffnet-werden-9523262d = cannot be opened: { $e }

# kann nicht gelesen werden: { $e }
a-kann-nicht-gelesen-werden-76115298 = cannot be read: { $e }

# die Datei ist leer
a-die-datei-ist-leer-25530bda = the file is empty

# Format nicht erkannt: erwartet wird eine GENESIS-/Regionalstatistik-Datei (Flatfile-CSV, Tabellen-CSV, REST-JSON, auch gezippt) oder eigene Daten mit den Spalten Schlüssel;Zeitraum;Merkmal;Wert
a-format-nicht-erkannt-erwartet-d777c6cb = Format not recognised: expected a GENESIS/Regionalstatistik file (flat-file CSV, table CSV, REST JSON, also zipped) or own data with the columns Schlüssel;Zeitraum;Merkmal;Wert

# kein lesbares ZIP-Archiv (abgeschnitten?): { $e }
a-kein-lesbares-zip-archiv-a92e912c = not a readable ZIP archive (cut off?): { $e }

# ZIP-Archiv nicht lesbar: { $e }
a-zip-archiv-nicht-lesbar-8c2e8f66 = ZIP archive not readable: { $e }

# ZIP-Archiv: unlesbarer Dateiname ({ $e })
a-zip-archiv-unlesbarer-dateiname-3b465423 = ZIP archive: unreadable file name ({ $e })

# das ZIP-Archiv soll genau eine CSV- oder JSON-Datei enthalten, enthält aber { $v1 }
a-das-zip-archiv-soll-27996c1c = the ZIP archive should contain exactly one CSV or JSON file, but contains { $v1 }

# schlüssel
a-schluessel-b1bbaee7 = schlüssel

# regionalschlüssel
a-regionalschluessel-08410672 = regionalschlüssel

# Spalte „{ $what }“ fehlt in der Kopfzeile
a-spalte-what-fehlt-in-f9abcb78 = column “{ $what }” is missing from the header

# Schlüssel
a-schluessel-68ca5dc7 = Key

# Zeitraum
a-zeitraum-6ed22922 = Period

# Merkmal
a-merkmal-cdcc164e = Variable

# Wert
a-wert-5917b80f = Value

# „{ $period }“ ist kein Jahr (2024) oder Stichtag (2024-12-31)
a-period-ist-kein-jahr-259a36d8 = “{ $period }” is not a year (2024) or reference date (2024-12-31)

# keine lesbare XLSX-Datei: { $e }
a-keine-lesbare-xlsx-datei-dcbabc6f = not a readable XLSX file: { $e }

# die Arbeitsmappe hat kein Tabellenblatt
a-die-arbeitsmappe-hat-kein-68987464 = the workbook has no worksheet

# erstes Tabellenblatt nicht lesbar: { $e }
a-erstes-tabellenblatt-nicht-lesbar-8eecd58b = first worksheet not readable: { $e }

# das erste Tabellenblatt ist leer
a-das-erste-tabellenblatt-ist-9e50dda2 = the first worksheet is empty

# Bund
a-bund-e31fa15a = Federation

# Land
a-land-ee1682bc = Land

# Regierungsbezirk
a-regierungsbezirk-9bfe5305 = Government district

# Kreis
a-kreis-d3454beb = District

# Gemeindeverband
a-gemeindeverband-ac4da543 = Municipal association

# kein gültiges JSON: { $e }
a-kein-gueltiges-json-e-ba4d9957 = not valid JSON: { $e }

# JSON ohne „Status“: keine Antwort der GENESIS-REST-Schnittstelle
a-json-ohne-status-keine-8300642f = JSON without “Status”: not a response of the GENESIS REST interface

# Code
a-code-795db914 = Code

# Content
a-content-c1679f62 = Content

# Tabelle { $table }: zu groß für den direkten Abruf (Status 98). Bitte bei GENESIS mit job=true einen Hintergrundauftrag starten, das Ergebnis später mit data/resultfile abrufen und diese Datei importieren.
a-tabelle-table-zu-gross-5caed758 = Table { $table }: too large for direct retrieval (status 98). Please start a background job at GENESIS with job=true, fetch the result later with data/resultfile and import that file.

# Tabelle { $table }: der Hintergrundauftrag wurde angelegt (Status 99), die Daten sind noch nicht enthalten. In einigen Minuten das Ergebnis „{ $result }“ mit data/resultfile abrufen und diese Datei importieren.
a-tabelle-table-der-hintergrundauftrag-738b5948 = Table { $table }: the background job has been created (status 99), the data are not included yet. In a few minutes fetch the result “{ $result }” with data/resultfile and import that file.

# Tabelle { $table }: keine Daten zu dieser Auswahl (Status 104: { $content })
a-tabelle-table-keine-daten-56d19ce1 = Table { $table }: no data for this selection (status 104: { $content })

# Tabelle { $table }: die GENESIS-Schnittstelle meldet einen Fehler (Status { $code }): { $content }
a-tabelle-table-die-genesis-2cb918b8 = Table { $table }: the GENESIS interface reports an error (status { $code }): { $content }

# Tabelle { $table }: eine Antwort von { $service } beschreibt die Tabelle, enthält aber keine Werte. Bitte die Daten mit data/tablefile (Format ffcsv) abrufen.
a-tabelle-table-eine-antwort-d5b7b4dd = Table { $table }: a response from { $service } describes the table but contains no values. Please fetch the data with data/tablefile (format ffcsv).

# Tabelle { $table }: „Object.Content“ fehlt
a-tabelle-table-object-content-af53b159 = Table { $table }: “Object.Content” is missing

# Tabelle { $table }: „Object.Content“ ist kein Flatfile-CSV; bitte mit format=ffcsv abrufen
a-tabelle-table-object-content-8c2cee1b = Table { $table }: “Object.Content” is not a flat-file CSV; please fetch with format=ffcsv

# unbekannt oder geheim
a-unbekannt-oder-geheim-5e6b0e6c = unknown or secret

# Angabe fällt später an
a-angabe-faellt-spaeter-an-0d070ef4 = Figure will be available later

# Tabellenfach gesperrt, Aussage nicht sinnvoll
a-tabellenfach-gesperrt-aussage-9aa53f24 = Table cell blocked, statement not meaningful

# keine Angabe, da Zahlenwert nicht sicher genug
a-keine-angabe-da-zahlenwert-5efe46f2 = No figure, as the value is not reliable enough

# Aussagewert eingeschränkt
a-aussagewert-eingeschraenkt-752cdf52 = Limited informative value

# vorläufig
a-vorlaeufig-813b1d18 = provisional

# geschätzt
a-geschaetzt-31439c4c = estimated

# aus Datenschutzgründen anonymisiert
a-aus-datenschutzgruenden-anonymisiert-116284ae = anonymised for data protection reasons

# leerer Wert (erwartet: Zahl oder Zeichen wie „-“, „.“, „x“)
a-leerer-wert-erwartet-zahl-a13c417e = empty value (expected: a number or a symbol such as “-”, “.”, “x”)

# „{ $s }“ ist weder eine Zahl noch ein Zeichen der amtlichen Statistik
a-s-ist-weder-eine-7e0bace1 = “{ $s }” is neither a number nor a symbol of official statistics

# Einfachauswahl
a-einfachauswahl-3fd34800 = Single choice

# Mehrfachauswahl
a-mehrfachauswahl-517254da = Multiple choice

# Skala (z. B. 1 bis 5)
a-skala-z-b-1-2923f0fc = Scale (e.g. 1 to 5)

# Zahl
a-zahl-9d0bd5f8 = Number

# Freitext
a-freitext-000a0758 = Free text

# Matrix (mehrere Aussagen, eine Skala)
a-matrix-mehrere-aussagen-eine-0b0a770b = Matrix (several statements, one scale)

# , Zeile { $line }
a-zeile-line-20138c34 = , line { $line }

# , Spalte „{ $field }“
a-spalte-field-da6da8ba = , column “{ $field }”

#
# … und { $v1 } weitere Fehler
a-und-v1-weitere-fehler-6e37eb3a = {"\u000A"}… and { $v1 } more errors

# kein UTF-8-Text. Ist es eine Excel-Datei? Dann bitte als „CSV UTF-8“ speichern.
a-kein-utf-8-text-0f03da17 = not UTF-8 text. Is it an Excel file? Then please save it as “CSV UTF-8”.

# Kopfzeile nicht lesbar: { $e }
a-kopfzeile-nicht-lesbar-e-726238d6 = header not readable: { $e }

# die Datei ist leer oder hat keine Kopfzeile.
a-die-datei-ist-leer-10b304e4 = the file is empty or has no header line.

# die Spalte kommt zweimal vor.
a-die-spalte-kommt-zweimal-339d8c22 = the column occurs twice.

# { $v1 } Felder, die Kopfzeile hat { $v2 }.
a-v1-felder-die-kopfzeile-d0472c7e = { $v1 } fields, the header has { $v2 }.

# keine lesbare Excel-Datei (.xlsx): { $e }
a-keine-lesbare-excel-datei-b50dfc7d = not a readable Excel file (.xlsx): { $e }

# die Arbeitsmappe hat kein Blatt.
a-die-arbeitsmappe-hat-kein-a8848a97 = the workbook has no sheet.

# Blatt „{ $sheet }“ nicht lesbar: { $e }
a-blatt-sheet-nicht-lesbar-d2c9f99d = sheet “{ $sheet }” not readable: { $e }

# { $name } (Blatt „{ $sheet }“)
a-name-blatt-sheet-b5af6765 = { $name } (sheet “{ $sheet }”)

# Spalte „{ $name }“ fehlt; erwartet sind variable,category,target (Kopfzeile: { $v1 }).
a-spalte-name-fehlt-erwartet-48b54a15 = Column “{ $name }” is missing; expected are variable,category,target (header: { $v1 }).

# ist leer.
a-ist-leer-8a562df5 = is empty.

# „{ $v1 }“ ist keine Zahl ≥ 0.
a-v1-ist-keine-zahl-5078cf17 = “{ $v1 }” is not a number ≥ 0.

# „{ $missing }“ ist keine Spalte von { $v1 } (Spalten: { $v2 }).
a-missing-ist-keine-spalte-c6c48dda = “{ $missing }” is not a column of { $v1 } (columns: { $v2 }).

# „{ $name }“ = „{ $category }“ steht zweimal in der Datei.
a-name-category-steht-zweimal-ea6c2b69 = “{ $name }” = “{ $category }” appears twice in the file.

# enthält keine Randverteilung.
a-enthaelt-keine-randverteilung-346ce6fb = contains no margin.

#  ({ $count } Befragte, dies ist der erste)
a-count-befragte-dies-ist-7c3487aa = {" "}({ $count } respondents, this is the first)

# ist leer{ $also }; für die Gewichtung braucht jede befragte Person eine Kategorie.
a-ist-leer-also-fuer-51aa7e41 = is empty{ $also }; for the weighting every respondent needs a category.

# „{ $value }“ hat keinen Sollwert in { $v1 }{ $also }; dort stehen: { $v2 }.
a-value-hat-keinen-sollwert-e400bad3 = “{ $value }” has no target value in { $v1 }{ $also }; it has: { $v2 }.

# die Spalte „{ $name }“ für die Designgewichte fehlt (Spalten: { $v1 }).
a-die-spalte-name-fuer-36ec0bc6 = the column “{ $name }” for the design weights is missing (columns: { $v1 }).

# „{ $v1 }“ ist keine positive Zahl.
a-v1-ist-keine-positive-86cd8654 = “{ $v1 }” is not a positive number.

# Es ist keine Randverteilung angegeben.
a-es-ist-keine-randverteilung-4f3c2473 = No margin is given.

# Randverteilung „{ $margin }“: { $got } Befragte eingeteilt, es sind aber { $expected }.
a-randverteilung-margin-got-befragte-abbfff91 = Margin “{ $margin }”: { $got } respondents classified, but there are { $expected }.

# Es gibt keine Befragten.
a-es-gibt-keine-befragten-8baa9c23 = There are no respondents.

# Designgewicht des { $row }. Befragten ist { $weight }; es muss eine positive Zahl sein.
a-designgewicht-des-row-befragten-0d8ba3c7 = Design weight of respondent no. { $row } is { $weight }; it must be a positive number.

# Randverteilung „{ $margin }“, Kategorie „{ $category }“: Sollwert { $target } ist keine Zahl ≥ 0.
a-randverteilung-margin-kategorie-cff9e5a6 = Margin “{ $margin }”, category “{ $category }”: target value { $target } is not a number ≥ 0.

# Randverteilung „{ $margin }“, Kategorie „{ $category }“: { $respondents } Befragte, aber kein Sollwert (0 oder fehlend). Sollwert ergänzen oder die Kategorie mit einer anderen zusammenlegen.
a-randverteilung-margin-kategorie-dd1b0eef = Margin “{ $margin }”, category “{ $category }”: { $respondents } respondents, but no target value (0 or missing). Add the target value or merge the category with another.

# Randverteilung „{ $margin }“, Kategorie „{ $category }“: Sollwert { $target }, aber keine Befragten (leere Zelle). Die Kategorie mit einer benachbarten zusammenlegen.
a-randverteilung-margin-kategorie-a5860207 = Margin “{ $margin }”, category “{ $category }”: target value { $target }, but no respondents (empty cell). Merge the category with a neighbouring one.

# Trimmgrenzen: die untere ({ $lower }) muss kleiner als die obere ({ $upper }) sein.
a-trimmgrenzen-die-untere-lower-ad00a043 = Trimming bounds: the lower one ({ $lower }) must be smaller than the upper one ({ $upper }).

# Trimmgrenzen: alle Gewichte liegen außerhalb von { $lower } bis { $upper }; die Grenzen passen nicht zu den Sollwerten.
a-trimmgrenzen-alle-gewichte-liegen-caa8c702 = Trimming bounds: all weights lie outside { $lower } to { $upper }; the bounds do not fit the target values.

# { $v1 } Antworten, { $v2 } Durchläufe{ $v3 }; effektive Fallzahl { $v4 }, Designeffekt { $v5 }; Gewichte von { $v6 } bis { $v7 }{ $v8 }.
a-v1-antworten-v2-durchlaeufe-61fcea13 = { $v1 } answers, { $v2 } iterations{ $v3 }; effective sample size { $v4 }, design effect { $v5 }; weights from { $v6 } to { $v7 }{ $v8 }.

#  (nicht konvergiert)
a-nicht-konvergiert-d4ca1b16 = {" "}(not converged)

# Neues Passwort gesetzt
a-neues-passwort-gesetzt-be057532 = New password set

# Das erste Passwort für { $login } lautet:
a-das-erste-passwort-fuer-fe6d465c = The first password for { $login } is:

# Das Passwort für { $login } lautet:
a-das-passwort-fuer-login-6ba28919 = The password for { $login } is:

# Es wird nur dieses eine Mal angezeigt und nicht im Klartext gespeichert. Bitte der Person auf sicherem Weg übergeben; sie kann es unter „Mein Konto“ ändern.
a-es-wird-nur-dieses-6c94d47b = It is shown only this once and is not stored in plain text. Please hand it to the person in a secure way; they can change it under “My account”.

# Alle bisherigen Sitzungen des Kontos sind beendet.
a-alle-bisherigen-sitzungen-des-6b2930cd = All previous sessions of the account have ended.

# Zurück zu Konten und Rollen
a-zurueck-zu-konten-und-b70c74ca = Back to accounts and roles

# Konten und Rollen:
a-konten-und-rollen-7fe1e611 = Accounts and roles:

# Hier vergeben die Administratorinnen und Administratoren der Körperschaft Rollen: <strong>Administration</strong> (auch Konten), <strong>Koordination</strong> (bearbeitet alles der Körperschaft), <strong>Akteur</strong> (berichtet zu den Maßnahmen, die seine Organisationen federführend umsetzen) und <strong>Gremienmitglied</strong> (liest nicht-öffentliche Unterlagen).
a-hier-vergeben-die-administratorinnen-b43f1cda = Here the administrators of the public body assign roles: <strong>Administration</strong> (including accounts), <strong>Coordination</strong> (edits everything of the public body), <strong>Actor</strong> (reports on the measures its organisations lead) and <strong>Committee member</strong> (reads non-public documents).

# Zurück zur Körperschaft
a-zurueck-zur-koerperschaft-e2d64620 = Back to the public body

# Bitte korrigieren Sie diese Angabe – es wurde nichts gespeichert
a-bitte-korrigieren-sie-diese-6f7a2293 = Please correct this entry – nothing has been saved

# Bitte korrigieren Sie diese { $count } Angaben – es wurde nichts gespeichert
a-bitte-korrigieren-sie-diese-00bfabf2 = Please correct these { $count } entries – nothing has been saved

# Konten mit Rollen in dieser Körperschaft
a-konten-mit-rollen-in-011dd3ef = Accounts with roles in this public body

# Noch niemand hat hier eine Rolle.
a-noch-niemand-hat-hier-fba5de85 = Nobody has a role here yet.

# Konten mit Rollen in { $body }
a-konten-mit-rollen-in-0173e061 = Accounts with roles in { $body }

# Anmeldename
a-anmeldename-5f631680 = Login name

# Rollen hier
a-rollen-hier-8f65fdab = Roles here

# Rolle { $role } von { $login } entziehen
a-rolle-role-von-login-dc4e951b = Revoke role { $role } from { $login }

# entziehen
a-entziehen-67729495 = revoke

# gesperrt
a-gesperrt-daf2e1cb = locked

# aktiv
a-aktiv-d5852118 = active

# { $count } Sitzung(en)
a-count-sitzung-en-98f57a26 = { $count } session(s)

# Neues Passwort für { $login }
a-neues-passwort-fuer-login-1811fc82 = New password for { $login }

# { $login } entsperren
a-login-entsperren-e29713aa = Unlock { $login }

# Entsperren
a-entsperren-651f6d8b = Unlock

# { $login } sperren
a-login-sperren-65c91f89 = Lock { $login }

# Sperren
a-sperren-fa7c0cfe = Lock

# auch in anderen Körperschaften tätig: Passwort und Sperre bei der Server-Administration
a-auch-in-anderen-koerperschaften-9f64d84c = also active in other public bodies: password and lock with the server administration

# Rolle vergeben oder Konto anlegen
a-rolle-vergeben-oder-konto-f81a33c0 = Assign a role or create an account

# Gibt es den Anmeldenamen noch nicht, wird das Konto angelegt; sein erstes Passwort erscheint einmal auf der nächsten Seite und ist dann der Person auf sicherem Weg zu übergeben.
a-gibt-es-den-anmeldenamen-2343280f = If the login name does not exist yet, the account is created; its first password appears once on the next page and must then be handed to the person in a secure way.

# (Pflichtfeld)
a-pflichtfeld-90155f81 = (required)

# Buchstaben, Ziffern, . - _ @; z. B. die dienstliche E-Mail-Adresse.
a-buchstaben-ziffern-z-b-f3bab5a0 = Letters, digits, . - _ @; e.g. the work e-mail address.

# Fehler:
a-fehler-8f82d95f = Error:

# Name (nur für neue Konten)
a-name-nur-fuer-neue-97c27da5 = Name (only for new accounts)

# E-Mail (nur für neue Konten, freiwillig)
a-e-mail-nur-fuer-8c583f05 = E-mail (only for new accounts, optional)

# – bitte wählen –
a-bitte-waehlen-a4caee6e = – please choose –

# Organisationen (nur für Akteure)
a-organisationen-nur-fuer-akteure-c9b6e578 = Organisations (only for actors)

# Der Akteur berichtet zu den Maßnahmen, die diese Organisationen federführend umsetzen.
a-der-akteur-berichtet-zu-4697b709 = The actor reports on the measures these organisations lead.

# Rolle vergeben
a-rolle-vergeben-b1c1b801 = Assign role

# Konto (Anmeldename)
a-konto-anmeldename-d61b3b18 = Account (login name)

# seit (JJJJ-MM-TT)
a-seit-jjjj-mm-tt-4cff2f37 = since (YYYY-MM-DD)

# Filtern
a-filtern-203ac7fb = Filter

# Als CSV herunterladen
a-als-csv-herunterladen-2bf029c6 = Download as CSV

# (alle Einträge des Filters, auch ältere)
a-alle-eintraege-des-filters-75c34ca0 = (all entries of the filter, older ones too)

# Noch keine Änderungen protokolliert.
a-noch-keine-aenderungen-protokolliert-fd37516c = No changes logged yet.

# Zeitpunkt
a-zeitpunkt-281a5caf = Time

# Änderung
a-aenderung-067ae48d = Change

# Amtlicher Schlüssel
a-amtlicher-schluessel-c40cbb98 = Official key

# Öffentliche Seite
a-oeffentliche-seite-e1ff2fec = Public page

# Konten und Rollen
a-konten-und-rollen-263ed071 = Accounts and roles

# Leitbild und Integrationskonzept
a-leitbild-und-integrationskonzept-c49c300b = Guiding vision and integration concept

# Noch keine Fassung.
a-noch-keine-fassung-bc95bf14 = No version yet.

# Dokumente zum Herunterladen
a-dokumente-zum-herunterladen-d691efbc = Documents to download

# Erzeugt aus den aktuellen Daten, als barrierefreies, archivfähiges PDF (PDF/UA, PDF/A-2a). Die QR-Codes führen zu den Seiten im Portal.
a-erzeugt-aus-den-aktuellen-9d36b744 = Generated from the current data, as an accessible PDF fit for archiving (PDF/UA, PDF/A-2a). The QR codes lead to the pages in the portal.

# Dokument
a-dokument-f67c30fc = Document

# Integrationskonzept (Druckfassung mit QR-Codes)
a-integrationskonzept-druckfassung-6e03960a = Integration concept (print version with QR codes)

# Sachstandsbericht an den Ausschuss
a-sachstandsbericht-an-den-ausschuss-2a4c56a4 = Progress report to the committee

# Beschlussvorlage
a-beschlussvorlage-00bdf7c9 = Draft resolution

# Monitoringbericht
a-monitoringbericht-5f83d2c8 = Monitoring report

# Stand (leer: heute)
a-stand-leer-heute-48afa075 = As of (empty: today)

# Derselbe Stand ergibt später denselben Inhalt: Es zählen nur Meldungen bis zu diesem Tag.
a-derselbe-stand-ergibt-spaeter-b4d42b91 = The same date gives the same content later: only reports up to that day count.

# Sachstandsbericht: Veränderungen seit (leer: seit dem letzten Bericht laut Berichtspflicht)
a-sachstandsbericht-veraenderungen-e4e58c64 = Progress report: changes since (empty: since the last report according to the reporting duty)

# Beschlussvorlage (leer: die Vorlage zum geltenden Konzept)
a-beschlussvorlage-leer-die-vorlage-4c2a446b = Draft resolution (empty: the paper of the valid concept)

# automatisch
a-automatisch-efa81907 = automatic

# mit nichtöffentlichen Einträgen (nur für Verwaltung und Gremien)
a-mit-nichtoeffentlichen-eintraegen-e4e5a25d = with non-public entries (only for administration and committees)

# PDF erzeugen
a-pdf-erzeugen-bc2d6092 = Generate PDF

# Maßnahmenplan als Tabelle
a-massnahmenplan-als-tabelle-a026566c = Measure plan as a table

# Maßnahmenplan als Excel-Datei (XLSX)
a-massnahmenplan-als-excel-datei-12f5c652 = Measure plan as an Excel file (XLSX)

# Maßnahmenplan als CSV-Datei (für Excel, Semikolon-getrennt)
a-massnahmenplan-als-csv-datei-60763449 = Measure plan as a CSV file (for Excel, semicolon-separated)

# Maßnahmenplan mit nichtöffentlichen Maßnahmen (XLSX)
a-massnahmenplan-mit-nichtoeffentlichen-65f092fd = Measure plan with non-public measures (XLSX)

# Maßnahmenplan mit nichtöffentlichen Maßnahmen (CSV)
a-massnahmenplan-mit-nichtoeffentlichen-257c3f1e = Measure plan with non-public measures (CSV)

# Sitzungen und Vorlagen
a-sitzungen-und-vorlagen-bb0bd747 = Meetings and papers

# Noch keine Sitzungen.
a-noch-keine-sitzungen-b70d4868 = No meetings yet.

# Berichtspflichten
a-berichtspflichten-074a6d98 = Reporting duties

# Keine Berichtspflichten eingetragen.
a-keine-berichtspflichten-eingetragen-686728d3 = No reporting duties entered.

# Indikatoren des Integrationsmonitorings
a-indikatoren-des-integrationsmonitorings-933e7e97 = Indicators of the integration monitoring

# Monitoring im Portal ansehen
a-monitoring-im-portal-ansehen-d4172ed9 = View monitoring in the portal

# Indikatoren
a-indikatoren-a5302535 = Indicators

# Aktion
a-aktion-c13726f7 = Action

# bearbeiten
a-bearbeiten-19feb570 = edit

# Planungsräume
a-planungsraeume-59645805 = Planning areas

# Keine.
a-keine-b1b24b65 = None.

# Befragungen
a-befragungen-b40803db = Surveys

# Organisationen und Gremien
a-organisationen-und-gremien-d3d20c60 = Organisations and committees

# Noch keine.
a-noch-keine-fdbb9f47 = None yet.

# Akteur
a-akteur-186426b5 = Actor

# Mitglieder
a-mitglieder-a074d45b = Members

# entfernen
a-entfernen-f51bf6e8 = remove

# { $member } aus { $organization }
a-member-aus-organization-26e1b219 = { $member } from { $organization }

# Status:
a-status-ca77496f = Status:

# Öffentliche Ansicht
a-oeffentliche-ansicht-cf630268 = Public view

# Übersetzungen und Leichte Sprache
a-uebersetzungen-und-leichte-sprache-f4c79a6b = Translations and Leichte Sprache

# Noch keine Leitsätze.
a-noch-keine-leitsaetze-585db80e = No guiding principles yet.

# : Leitsatz { $number }
a-leitsatz-number-2c891538 = : guiding principle { $number }

# Noch kein Beteiligungsprozess.
a-noch-kein-beteiligungsprozess-ba14f084 = No participation process yet.

# Handlungsfelder, Ziele und Maßnahmen
a-handlungsfelder-ziele-und-massnahmen-6079d718 = Fields of action, goals and measures

# in { $field }
a-in-field-393f0622 = in { $field }

# Ziel:
a-ziel-3f50e92d = Goal:

# zu { $goal }
a-zu-goal-cce22a25 = for { $goal }

# für { $goal }
a-fuer-goal-c9115161 = for { $goal }

# Zielgröße { $indicator }: { $target } bis { $year }; aktuell { $current }
a-zielgroesse-indicator-target-d56de941 = Target { $indicator }: { $target } by { $year }; currently { $current }

# Maßnahmen zum Ziel
a-massnahmen-zum-ziel-0d0232c0 = Measures for the goal

# Nr.
a-nr-53fa8915 = No.

# Fortschritt
a-fortschritt-bf04f6af = Progress

# Letzte Meldung
a-letzte-meldung-4a840be1 = Latest report

# Aktionen
a-aktionen-632436a8 = Actions

# nicht öffentlich
a-nicht-oeffentlich-f357450b = not public

# Berichtspflichten mit nächstem Termin
a-berichtspflichten-mit-naechstem-e05a1c66 = Reporting duties with next date

# Fällig am
a-faellig-am-d9c69c6c = Due on

# Rhythmus
a-rhythmus-a05374ad = Interval

# überfällig
a-ueberfaellig-b6770628 = overdue

# Bericht erstattet
a-bericht-erstattet-67f39c10 = Report delivered

# intern
a-intern-eaeb5605 = internal

# Teilnehmende
a-teilnehmende-0b1dfd39 = participants

# Bearbeiten
a-bearbeiten-4fb77790 = Edit

# Im Portal ansehen
a-im-portal-ansehen-3906e2b9 = View in the portal

# Beiträge
a-beitraege-6b145b76 = Contributions

# Sichtbar
a-sichtbar-c7a48a8b = Visible

# öffentlich
a-oeffentlich-9468233d = public

# : Beitrag { $number }
a-beitrag-number-4452e2a0 = : contribution { $number }

# Noch keine Dateien.
a-noch-keine-dateien-4d83a5ab = No files yet.

# Bytes
a-bytes-37ac52a4 = bytes

# , nicht öffentlich
a-nicht-oeffentlich-193d76c7 = , not public

# Noch keine Einträge vorhanden.
a-noch-keine-eintraege-vorhanden-923e2503 = No entries yet.

# Betrag in Euro
a-betrag-in-euro-d36a6c46 = Amount in euros

# Finanzierungsquelle
a-finanzierungsquelle-19cc74b6 = Funding source

# Zeile { $row }: Haushaltsjahr
a-zeile-row-haushaltsjahr-6225e3f0 = Row { $row }: budget year

# Zeile { $row }: Betrag in Euro
a-zeile-row-betrag-in-78916979 = Row { $row }: amount in euros

# Zeile { $row }: Finanzierungsquelle
a-zeile-row-finanzierungsquelle-7c7e8063 = Row { $row }: funding source

# Zeile { $row }: Eigenanteil in Euro
a-zeile-row-eigenanteil-in-6252a6eb = Row { $row }: own share in euros

# Abbrechen
a-abbrechen-2d5d70e9 = Cancel

# Änderungsverlauf
a-aenderungsverlauf-a9ed023f = Change history

# Datenschutz
a-datenschutz-f95b3d96 = Data protection

# Auskunft nach Art. 15 DSGVO (JSON)
a-auskunft-nach-art-15-29bc389f = Access under Art. 15 GDPR (JSON)

# : alles, was über diese Person gespeichert ist, mit Änderungsverlauf.
a-alles-was-ueber-diese-3374dbad = : everything stored about this person, with its change history.

# Personenbezogene Daten löschen
a-personenbezogene-daten-loeschen-816de428 = Erase personal data

# Art. 17 DSGVO. Ohne Mitgliedschaften und Vorlagen wird die Person gelöscht, sonst anonymisiert; auch die Kopien im Änderungsprotokoll werden geschwärzt. Das lässt sich nicht rückgängig machen.
a-art-17-dsgvo-ohne-b9c79ab8 = Art. 17 GDPR. Without memberships and papers the person is deleted, otherwise anonymised; the copies in the change log are blacked out as well. This cannot be undone.

# Löschen
a-loeschen-921f0f23 = Delete

# Gelöscht wird nur, was nichts anderes mehr braucht; sonst erklärt die nächste Seite, was zuerst zu tun ist.
a-geloescht-wird-nur-was-09865129 = Only what nothing else needs any more is deleted; otherwise the next page explains what to do first.

# Ihr Konto hat keine Verwaltungsrechte. Solange Sie angemeldet sind, sehen Sie auf den öffentlichen Seiten Ihrer Körperschaft auch die nicht-öffentlichen Vorlagen, Tagesordnungspunkte, Anlagen und Maßnahmen – jeweils gekennzeichnet.
a-ihr-konto-hat-keine-4dcfbaaf = Your account has no administration rights. While you are logged in, you also see the non-public papers, agenda items, attachments and measures of your public body on its public pages – each marked as such.

# Ihre Maßnahmen
a-ihre-massnahmen-2dacb7f2 = Your measures

# Berichten Sie hier den Sachstand der Maßnahmen, die Ihre Organisation federführend umsetzt.
a-berichten-sie-hier-den-6a6bf3b2 = Report here on the progress of the measures your organisation leads.

# Maßnahmen Ihrer Organisation
a-massnahmen-ihrer-organisation-54a85854 = Measures of your organisation

# Konzept
a-konzept-413c637e = Concept

# Sachstand berichten
a-sachstand-berichten-490c91c8 = Report progress

# Ihre Beteiligung
a-ihre-beteiligung-441a7d2c = Your participation

# Formate, die Ihre Organisation veranstaltet: dokumentieren Sie sie und erfassen Sie die Beiträge.
a-formate-die-ihre-organisation-2606c380 = Formats your organisation runs: document them and record the contributions.

# Beiträge, die Ihre Organisation eingebracht hat:
a-beitraege-die-ihre-organisation-bcb7c1e7 = Contributions your organisation brought in:

# Hier pflegen Sie Körperschaften, Organisationen, Konzeptfassungen, Handlungsfelder, Ziele und Maßnahmen und erfassen Sachstände.
a-hier-pflegen-sie-koerperschaften-a66f113b = Here you maintain public bodies, organisations, concept versions, fields of action, goals and measures, and record progress.

# Fällige Berichte an Gremien
a-faellige-berichte-an-gremien-5e393b2f = Reports due to committees

# In den nächsten zwei Monaten ist kein Bericht fällig.
a-in-den-naechsten-zwei-a21a6fb7 = No report is due in the next two months.

# Noch keine Körperschaft angelegt.
a-noch-keine-koerperschaft-angelegt-b156a6da = No public body created yet.

# Körperschaften
a-koerperschaften-933d4f0a = Public bodies

# ansehen
a-ansehen-ac480911 = view

# Aus diesen Wortanfängen schlägt Teilhabe die Handlungsfelder eines Beitrags vor. Ein Wortanfang passt auf jedes Wort, das mit ihm beginnt; ab fünf Buchstaben auch mitten im Wort, so dass zusammengesetzte Wörter gefunden werden („sprach“ in „Abendsprachkurs“). Mehrere durch Komma trennen. Ein leeres Feld stellt die Vorgabe wieder her.
a-aus-diesen-wortanfaengen-schlaegt-6bffbbde = From these word beginnings Teilhabe suggests the fields of action of a contribution. A word beginning matches every word that starts with it; from five letters on also inside a word, so that compound words are found (“sprach” in “Abendsprachkurs”). Separate several with commas. An empty field restores the default.

# Gespeichert.
a-gespeichert-4a2e454a = Saved.

# Eigene Liste.
a-eigene-liste-215c764d = Own list.

# Vorgabe nach dem Titel des Handlungsfeldes.
a-vorgabe-nach-dem-titel-bc3361a6 = Default from the field of action’s title.

# · abgesagt
a-abgesagt-b330b83a = · cancelled

# Noch keine Tagesordnung.
a-noch-keine-tagesordnung-10fbf046 = No agenda yet.

# Tagesordnung
a-tagesordnung-3816d120 = Agenda

# TOP
a-top-294bf45c = Item

# Öffentlich
a-oeffentlich-d32d291d = Public

# Abstimmung
a-abstimmung-7505b55a = Vote

# ja
a-ja-6c3f7a14 = yes

# nein
a-nein-48dfbc73 = no

# nicht öffentlich ·
a-nicht-oeffentlich-5ef7cc1a = not public ·

# Gesamtkosten
a-gesamtkosten-bf8cdc7e = Total cost

# Beratungsfolge
a-beratungsfolge-536770c3 = Consultation sequence

# Noch keine Beratung eingetragen.
a-noch-keine-beratung-eingetragen-744f854e = No consultation entered yet.

# Anlagen
a-anlagen-558d3cbd = Attachments

# Noch keine Anlagen.
a-noch-keine-anlagen-95107ced = No attachments yet.

# Phasen
a-phasen-cede2a42 = Phases

# Phasen gespeichert.
a-phasen-gespeichert-c9710799 = Phases saved.

# Bitte korrigieren – es wurde nichts gespeichert
a-bitte-korrigieren-es-wurde-503809be = Please correct – nothing has been saved

# Zeitraum jeder Phase
a-zeitraum-jeder-phase-29d46b39 = Period of each phase

# Phase
a-phase-adf51d98 = Phase

# Anmerkung
a-anmerkung-a7954b49 = Note

# Phasen speichern
a-phasen-speichern-a59aa113 = Save phases

# Formate und Termine
a-formate-und-termine-a3fffe0c = Formats and dates

# Konten aller Körperschaften dieses Servers. Rollen vergeben die Administratorinnen und Administratoren jeder Körperschaft auf deren Seite „Konten und Rollen“. Hier beantworten Sie Anfragen nach der DSGVO: Auskunft (Art. 15) und Löschung (Art. 17; das Konto bleibt als „Gelöschtes Konto“ stehen, weil das Änderungsprotokoll darauf verweist, alle personenbezogenen Angaben werden entfernt und im Protokoll geschwärzt).
a-konten-aller-koerperschaften-35127c93 = Accounts of all public bodies of this server. Roles are assigned by the administrators of each public body on its page “Accounts and roles”. Here you answer requests under the GDPR: access (Art. 15) and erasure (Art. 17; the account remains as “Erased account” because the change log refers to it, all personal data are removed and blacked out in the log).

# Rollen
a-rollen-430697fd = Roles

# Auskunft
a-auskunft-9dac1e04 = Access

# Daten löschen
a-daten-loeschen-a6fd40a9 = Erase data

# Auskunft für { $login } (JSON)
a-auskunft-fuer-login-json-930d578f = Access for { $login } (JSON)

# Daten löschen: { $login }
a-daten-loeschen-login-ec69ab2a = Erase data: { $login }

# Tabellen aus GENESIS-Online oder regionalstatistik.de (Flatfile-CSV, Tabellen-CSV, REST-JSON, auch gezippt) und eigene Daten als CSV oder XLSX mit den Spalten Schlüssel, Zeitraum, Merkmal, Wert. Das Format wird erkannt. Eine fehlerhafte Datei wird mit Zeile und Spalte abgelehnt, und nichts aus ihr wird gespeichert; eine schon importierte Tabelle wird für ihre Zeiträume ersetzt.
a-tabellen-aus-genesis-online-548547c2 = Tables from GENESIS-Online or regionalstatistik.de (flat-file CSV, table CSV, REST JSON, also zipped) and own data as CSV or XLSX with the columns Schlüssel (key), Zeitraum (period), Merkmal (variable), Wert (value). The format is recognised. A faulty file is rejected with line and column, and nothing from it is saved; a table imported before is replaced for its periods.

# Die Datei wurde nicht importiert
a-die-datei-wurde-nicht-bcb9299a = The file was not imported

# Importiert
a-importiert-f4405418 = Imported

# CSV, JSON, ZIP oder XLSX; höchstens 512 MB.
a-csv-json-zip-oder-de6168c4 = CSV, JSON, ZIP or XLSX; at most 512 MB.

# Übertragung
a-uebertragung-6ca0b04f = Upload

# Importieren
a-importieren-f96e46ef = Import

# Importierte Tabellen
a-importierte-tabellen-70c2722c = Imported tables

# Tabelle
a-tabelle-2a056caa = Table

# Werte
a-werte-aa574ede = Values

# Befragung:
a-befragung-1754ee96 = Survey:

# Stand:
a-stand-814fb3fb = State:

# · Sprachen:
a-sprachen-0a133fca = · Languages:

# · nur mit Zugangscode
a-nur-mit-zugangscode-95497f93 = · only with an access code

# · kleinste gezeigte Gruppe:
a-kleinste-gezeigte-gruppe-c110e17c = · smallest group shown:

# · Ergebnisse öffentlich
a-ergebnisse-oeffentlich-9cb3f9fb = · results public

# Fragebogen
a-fragebogen-3dea1f17 = Questionnaire

# Es gibt schon Antworten; der Fragebogen bleibt deshalb so, wie er beantwortet wurde.
a-es-gibt-schon-antworten-471ee9e7 = There are answers already; the questionnaire therefore stays as it was answered.

# Noch keine Fragen.
a-noch-keine-fragen-5a1a43d0 = No questions yet.

# Fragen
a-fragen-75d5f11a = Questions

# Antworten
a-antworten-7045d181 = Answers

# Pflicht
a-pflicht-40ad4659 = Required

# : Frage { $number }
a-frage-number-1fde5f91 = : question { $number }

# Nur Deutsch. Weitere Sprachen unter „Bearbeiten“ wählen.
a-nur-deutsch-weitere-sprachen-a1248439 = German only. Choose further languages under “Edit”.

# Stand der Übersetzungen
a-stand-der-uebersetzungen-a7753ee5 = State of the translations

# Sprache
a-sprache-99efb25b = Language

# aktuell
a-aktuell-f0ef78e5 = up to date

# veraltet
a-veraltet-8b14f948 = outdated

# fehlt
a-fehlt-90bc9dd4 = missing

# übersetzen
a-uebersetzen-cf21af12 = translate

# Datenschutz:
a-datenschutz-36a215c4 = Data protection:

# Einzelantworten werden { $days } Tage nach dem Abschluss gelöscht
a-einzelantworten-werden-days-42a89d40 = individual answers are deleted { $days } days after closing

# Einzelantworten werden aufbewahrt
a-einzelantworten-werden-aufbewahrt-fd66ecca = individual answers are kept

# Zugangscodes { $days } Tage danach
a-zugangscodes-days-tage-danach-5f4c10df = access codes { $days } days after that

# Zugangscodes bis zum Löschen der Befragung
a-zugangscodes-bis-zum-loeschen-72071e92 = access codes until the survey is deleted

# Abgeschlossen am { $date }.
a-abgeschlossen-am-date-ef460e36 = Closed on { $date }.

# Die Einzelantworten wurden am { $date } nach Ablauf der Frist gelöscht.
a-die-einzelantworten-wurden-am-683d8b7e = The individual answers were deleted on { $date } after the retention period.

# Papierbogen eingeben
a-papierbogen-eingeben-870b7c56 = Enter a paper questionnaire

# Antworten als CSV
a-antworten-als-csv-e3e9fc9f = Answers as CSV

# Letzte Gewichtung:
a-letzte-gewichtung-0e4c1294 = Latest weighting:

# Antworten aus einer Datei importieren (CSV oder XLSX)
a-antworten-aus-einer-datei-e41550c8 = Import answers from a file (CSV or XLSX)

# Erste Zeile: die Kürzel der Fragen (Matrix: kürzel.zeile; Mehrfachauswahl: Kürzel durch | getrennt), optional „sprache“ und „designgewicht“ (aus dem Stichprobenplan; die Gewichtung geht von ihm aus). Alle Zeilen werden geprüft; gespeichert wird nur, wenn alle stimmen.
a-erste-zeile-die-kuerzel-ce504fd5 = First line: the codes of the questions (matrix: code.row; multiple choice: codes separated by |), optionally “sprache” (language) and “designgewicht” (design weight, from the sampling plan; the weighting starts from it). All lines are checked; saved only if all are correct.

# Zugangscodes
a-zugangscodes-3d486f9a = Access codes

# { $issued } ausgegeben, { $used } benutzt. Gespeichert wird nur ein Fingerabdruck jedes Codes; welcher Code zu welcher Antwort gehört, weiß niemand.
a-issued-ausgegeben-used-benutzt-0a06fb9b = { $issued } issued, { $used } used. Only a fingerprint of each code is stored; nobody knows which code belongs to which answer.

# { $count } neue Codes – nur jetzt sichtbar, bitte für die Einladungsschreiben übernehmen
a-count-neue-codes-nur-a5b22e1f = { $count } new codes – visible only now, please copy them for the invitation letters

# Anzahl neuer Codes
a-anzahl-neuer-codes-148ea966 = Number of new codes

# Codes erzeugen und anzeigen
a-codes-erzeugen-und-anzeigen-fa0ce338 = Generate and show codes

# als CSV für den Serienbrief
a-als-csv-fuer-den-eaf224df = as CSV for the mail merge

# Antworten importiert.
a-antworten-importiert-2cc0ec74 = Answers imported.

# Die Datei wurde nicht importiert – es wurde nichts gespeichert
a-die-datei-wurde-nicht-4c2b0e82 = The file was not imported – nothing has been saved

# … und { $count } weitere Fehler.
a-und-count-weitere-fehler-ec31d0cc = … and { $count } more errors.

# Nicht verwendete Spalten:
a-nicht-verwendete-spalten-ab14015f = Unused columns:

# Zurück zur Befragung
a-zurueck-zur-befragung-68724e59 = Back to the survey

# Übersetzung: { $language }
a-uebersetzung-language-ff2962a3 = Translation: { $language }

# Links der deutsche Text, rechts die Übersetzung. „Veraltet“ heißt: der deutsche Text wurde geändert, nachdem übersetzt wurde; bis zur neuen Übersetzung zeigt das Portal dort den deutschen Text. Ein leeres Feld entfernt die Übersetzung.
a-links-der-deutsche-text-fd76757d = German text on the left, translation on the right. “Outdated” means: the German text was changed after it was translated; until the new translation the portal shows the German text there. An empty field removes the translation.

# Texte der Befragung
a-texte-der-befragung-a3520981 = Texts of the survey

# Die Antworten werden so gewichtet, dass sie in den gewählten Merkmalen der Bevölkerung entsprechen (Raking, wie <code>rake()</code> im R-Paket <code>survey</code>). Ein Merkmal ist eine Frage mit Einfachauswahl; für jede ihrer Antworten wird die Zahl in der Bevölkerung angegeben, z. B. aus dem Monitoring.
a-die-antworten-werden-so-fd212721 = The answers are weighted so that they match the population in the chosen characteristics (raking, like <code>rake()</code> in the R package <code>survey</code>). A characteristic is a single-choice question; for each of its answers the number in the population is given, e.g. from the monitoring.

# Nicht gewichtet – es wurde nichts gespeichert
a-nicht-gewichtet-es-wurde-78753ac5 = Not weighted – nothing has been saved

# Randverteilungen (CSV: variable,category,target)
a-randverteilungen-csv-variable-435e590e = Margins (CSV: variable,category,target)

# Eine Zeile je Antwort: Kürzel der Frage, Kürzel der Antwort, Zahl in der Bevölkerung. Mögliche Merkmale:
a-eine-zeile-je-antwort-6b9b4dbc = One line per answer: code of the question, code of the answer, number in the population. Possible characteristics:

# . Merkmale lassen sich kreuzen: <code>alter*geschlecht,18-29*w,18700</code>. Statt einer Zahl geht auch eine Formel über die Statistiken des Monitorings, z. B. <code>=BEVSTD[GES=GESW]</code> (Frauen im Kreis, letzter Stand); enthält sie Kommas, in Anführungszeichen setzen.
a-merkmale-lassen-sich-kreuzen-cfd0e7ef = . Characteristics can be crossed: <code>alter*geschlecht,18-29*w,18700</code>. Instead of a number a formula over the monitoring’s statistics also works, e.g. <code>=BEVSTD[GES=GESW]</code> (women in the county, latest figure); if it contains commas, put it in quotation marks.

# Toleranz
a-toleranz-4aca7282 = Tolerance

# Unter 1: Anteil an der Summe der Gewichte; ab 1: absolute Änderung je Zelle (wie <code>epsilon</code> in R).
a-unter-1-anteil-an-c4dc5b30 = Below 1: share of the sum of the weights; from 1: absolute change per cell (like <code>epsilon</code> in R).

# Höchstzahl der Durchläufe
a-hoechstzahl-der-durchlaeufe-8274790b = Maximum number of iterations

# Kleinstes Gewicht (optional)
a-kleinstes-gewicht-optional-dcf626b3 = Smallest weight (optional)

# Eine Zahl oder ein Vielfaches des mittleren Gewichts wie „0,3x“ bzw. „5x“. Was abgeschnitten wird, wird auf die übrigen verteilt.
a-eine-zahl-oder-ein-748f5f0a = A number or a multiple of the mean weight such as “0,3x” or “5x”. What is cut off is spread over the others.

# Größtes Gewicht (optional)
a-groesstes-gewicht-optional-433c043f = Largest weight (optional)

# Gewichten und speichern
a-gewichten-und-speichern-e22fcd91 = Weight and save

# Übersetzung:
a-uebersetzung-a9bd76ff = Translation:

# Nicht gespeichert – bitte prüfen
a-nicht-gespeichert-bitte-pruefen-c331b0e3 = Not saved – please check

# Leichte Sprache: kurze Sätze, ein Gedanke je Satz, bekannte Wörter, jeden Satz in eine eigene Zeile. Das Portal zeigt die Texte auf einer eigenen Seite „Leichte Sprache“ der Fassung.
a-leichte-sprache-kurze-saetze-e801d733 = Leichte Sprache: short sentences, one idea per sentence, familiar words, each sentence on its own line. The portal shows the texts on a page “Leichte Sprache” of its own for the version.

# Links der deutsche Text, rechts die Übersetzung. <strong>Veraltet</strong> heißt: der deutsche Text wurde geändert, nachdem übersetzt wurde. Ist die Übersetzung trotzdem noch richtig, das Kästchen „passt noch“ ankreuzen. Ein leeres Feld entfernt die Übersetzung.
a-links-der-deutsche-text-b91c43e8 = German text on the left, translation on the right. <strong>Outdated</strong> means: the German text was changed after it was translated. If the translation is still correct anyway, tick the box “still fits”. An empty field removes the translation.

# Noch keine Texte zum Übersetzen.
a-noch-keine-texte-zum-39e539b6 = No texts to translate yet.

# Stelle
a-stelle-dab35d00 = Place

# passt noch
a-passt-noch-e7825890 = still fits

# Eine Übersetzung ist <strong>veraltet</strong>, sobald sich der deutsche Text ändert; das Portal zeigt sie dann mit einem Hinweis. Wo eine Übersetzung fehlt, zeigt das Portal den deutschen Text und sagt es.
a-eine-uebersetzung-ist-strong-505e7186 = A translation is <strong>outdated</strong> as soon as the German text changes; the portal then shows it with a notice. Where a translation is missing, the portal shows the German text and says so.

# Noch keine Texte.
a-noch-keine-texte-4ef30a69 = No texts yet.

# Die Datei wurde nicht gespeichert
a-die-datei-wurde-nicht-9c8dceea = The file was not saved

# PDF, Bilder (PNG, JPEG), Office- und OpenDocument-Dateien, CSV oder Text; höchstens 20 MB.
a-pdf-bilder-png-jpeg-cfd4c6a1 = PDF, images (PNG, JPEG), office and OpenDocument files, CSV or text; at most 20 MB.

# Leer lassen, um den Dateinamen zu verwenden.
a-leer-lassen-um-den-e3f7a72b = Leave empty to use the file name.

# Öffentlich zugänglich
a-oeffentlich-zugaenglich-7e41f14f = Publicly accessible

# Datei hochladen
a-datei-hochladen-eb4220e4 = Upload file

# keine
a-keine-fb8a6469 = none

# Überall abmelden
a-ueberall-abmelden-9919ee08 = Log out everywhere


# Passwort ändern
a-passwort-aendern-55714e88 = Change password

# Das Passwort wurde nicht geändert
a-das-passwort-wurde-nicht-22f07365 = The password was not changed

# Mindestens { $count } Zeichen; eine längere Wortfolge ist sicherer als Sonderzeichen. Danach sind alle anderen Sitzungen beendet und Sie melden sich neu an.
a-mindestens-count-zeichen-eine-fe223c7c = At least { $count } characters; a longer string of words is safer than special characters. Afterwards all other sessions have ended and you log in again.

# Bisheriges Passwort
a-bisheriges-passwort-c68f4385 = Current password
# Der Text enthält an Stelle { $at } ein Steuerzeichen (U+{ $code }); bitte entfernen.
a-der-text-enthaelt-an-da1c4666 = The text holds a control character at position { $at } (U+{ $code }); please remove it.
# Der Text enthält an Stelle { $at } ein Steuerzeichen für die Schreibrichtung (U+{ $code }); bitte entfernen.
a-der-text-enthaelt-an-b0f36397 = The text holds a character that changes the writing direction at position { $at } (U+{ $code }); please remove it.
# Der Text enthält an Stelle { $at } einen Wagenrücklauf ohne Zeilenumbruch (U+{ $code }); bitte entfernen.
a-der-text-enthaelt-an-8a108ec1 = The text holds a carriage return without a line feed at position { $at } (U+{ $code }); please remove it.
# Der Text enthält an Stelle { $at } einen Zeilenumbruch oder Tabulator (U+{ $code }); hier ist nur eine Zeile möglich.
a-der-text-enthaelt-an-b3db66fb = The text holds a line break or tab at position { $at } (U+{ $code }); only one line is possible here.
# Ob dieser Eintrag öffentlich ist, entscheidet die Koordination der Körperschaft.
a-ob-dieser-eintrag-oeffentlich-13334742 = Whether this entry is public is decided by the body's coordination.
# API-Token { $label } widerrufen
a-api-token-label-widerrufen-955d700a = Revoke API token { $label }
# API-Tokens
a-api-tokens-a1503968 = API tokens
# Ausgestellt
a-ausgestellt-0760ffde = Issued
# Beendet alle Sitzungen und API-Tokens dieses Kontos auf allen Geräten, auch diese Sitzung. Nützlich, wenn Sie sich an einem fremden Rechner nicht abgemeldet haben.
a-beendet-alle-sitzungen-und-711fced7 = Ends all sessions and API tokens of this account on all devices, this session included. Useful if you did not log out on someone else's computer.
# Danach können Sie sich auch mit dem Dienstkonto Ihrer Verwaltung anmelden. Sie werden dazu einmal zum Anmeldedienst weitergeleitet.
a-danach-koennen-sie-sich-fdc704ad = Afterwards you can also log in with your administration's service account. You are sent to the login service once for this.
# Das API-Token ist widerrufen.
a-das-api-token-ist-a6c619ac = The API token is revoked.
# Dienstkonto verknüpfen
a-dienstkonto-verknuepfen-82d1bbad = Link service account
# Diese Anmeldung wurde in einem anderen Browser begonnen. Bitte hier noch einmal anmelden.
a-diese-anmeldung-wurde-in-9300be93 = This login was started in another browser. Please log in again here.
# Dieses API-Token gibt es nicht (mehr).
a-dieses-api-token-gibt-9d122339 = This API token does not exist (any more).
# Dieses Dienstkonto ist schon mit einem anderen Konto verknüpft.
a-dieses-dienstkonto-ist-schon-f3ca6b8e = This service account is already linked to another account.
# Dieses Konto hat keine gültigen API-Tokens.
a-dieses-konto-hat-keine-36b17678 = This account has no valid API tokens.
# Ein API-Token gilt 1 bis { $MAX_TOKEN_DAYS } Tage.
a-ein-api-token-gilt-507447c7 = An API token is valid for 1 to { $MAX_TOKEN_DAYS } days.
# Gültig bis
a-gueltig-bis-9c9bebb3 = Valid until
# Mit dem Dienstkonto verknüpfen
a-mit-dem-dienstkonto-verknuepfen-d720c811 = Link with the service account
# Sie können sich auch mit Ihrem Dienstkonto anmelden.
a-sie-koennen-sich-auch-bc9c9d02 = You can also log in with your service account.
# Widerrufen
a-widerrufen-bb29736a = Revoke
# Zuletzt benutzt
a-zuletzt-benutzt-e35e1119 = Last used
# Zum Verknüpfen bitte zuerst mit Ihrem Passwort anmelden.
a-zum-verknuepfen-bitte-zuerst-98a9c780 = To link, please log in with your password first.
# nie
a-nie-16a40717 = never
# „{ $login }“ hat eine Administrationsrolle: solche Konten werden nie über den Anmeldenamen verknüpft. Die Person verknüpft ihr Dienstkonto selbst, angemeldet mit ihrem Passwort, unter „Ihr Konto“.
a-login-hat-eine-administrationsrolle-9333074e = “{ $login }” has an administrator role: such accounts are never linked by the login name. The person links their service account themselves, logged in with their password, under “Your account”.
# Einstimmig
a-einstimmig-ed69ac41 = Unanimous
# Einstimmig heißt ohne Nein-Stimmen; bitte Zählung oder Angabe prüfen.
a-einstimmig-heisst-ohne-nein-be1de599 = Unanimous means without no votes; please check the count or the entry.
# Wenn die Niederschrift „einstimmig“ sagt, auch ohne Zählung. Enthaltungen sind möglich, Nein-Stimmen nicht.
a-wenn-die-niederschrift-einstimmig-a9e7eb50 = When the minutes say “unanimous”, also without a count. Abstentions are possible, no votes are not.
# Anmelden
a-anmelden-e15bd32f = Log in
# Bestätigen
a-bestaetigen-7cf63c13 = Confirm
# Bitte zuerst den zweiten Faktor einrichten.
a-bitte-zuerst-den-zweiten-2baab8e3 = Please set up the second factor first.
# Code aus der App
a-code-aus-der-app-e73c0913 = Code from the app
# Das Passwort stimmt nicht; der zweite Faktor bleibt eingerichtet.
a-das-passwort-stimmt-nicht-6c07f4a6 = The password is not correct; the second factor stays set up.
# Der Code stimmt nicht. Bitte den aktuellen Code aus der App eingeben, oder einen unbenutzten Wiederherstellungscode.
a-der-code-stimmt-nicht-6cf03396 = The code is not correct. Please enter the current code from the app, or an unused recovery code.
# Der Code stimmt nicht. Bitte den aktuellen Code aus der App eingeben.
a-der-code-stimmt-nicht-10ae34f6 = The code is not correct. Please enter the current code from the app.
# Der zweite Faktor ist abgeschaltet.
a-der-zweite-faktor-ist-f3162842 = The second factor is switched off.
# Der zweite Faktor ist eingerichtet. Ab der nächsten Anmeldung mit Passwort fragt Teilhabe nach dem Code.
a-der-zweite-faktor-ist-edf56c9b = The second factor is set up. From the next login with a password on, Teilhabe asks for the code.
# Der zweite Faktor ist noch nicht eingerichtet
a-der-zweite-faktor-ist-71af2220 = The second factor is not set up yet
# Der zweite Faktor ist schon eingerichtet.
a-der-zweite-faktor-ist-f2ef5745 = The second factor is already set up.
# Die Anmeldung ist noch nicht abgeschlossen
a-die-anmeldung-ist-noch-fc04032b = The login is not complete yet
# Diese Anmeldung ist abgelaufen. Bitte noch einmal mit Passwort anmelden.
a-diese-anmeldung-ist-abgelaufen-ef02f7e1 = This login has expired. Please log in with your password again.
# Eingerichtet: bei der Anmeldung mit Passwort fragt Teilhabe nach dem Code aus Ihrer App. Wiederherstellungscodes übrig: { $count }.
a-eingerichtet-bei-der-anmeldung-099f55ae = Set up: when you log in with a password, Teilhabe asks for the code from your app. Recovery codes left: { $count }.
# Für die Administration des Servers ist ein zweiter Faktor vorgeschrieben: bitte zuerst hier einrichten.
a-fuer-die-administration-des-6e831c35 = Administering the server requires a second factor: please set it up here first.
# Geben Sie zur Bestätigung den Code ein, den die App jetzt zeigt.
a-geben-sie-zur-bestaetigung-081bf115 = To confirm, enter the code the app shows now.
# Ihr Passwort stimmt. Bitte geben Sie jetzt den sechsstelligen Code aus Ihrer Authenticator-App ein – oder einen Ihrer Wiederherstellungscodes.
a-ihr-passwort-stimmt-bitte-bcbce3af = Your password is correct. Please now enter the six-digit code from your authenticator app – or one of your recovery codes.
# Ihre Wiederherstellungscodes
a-ihre-wiederherstellungscodes-af2ce083 = Your recovery codes
# Jeder Code gilt einmal, wenn das Telefon nicht zur Hand ist. Bitte jetzt ausdrucken oder sicher ablegen: Sie werden nur dieses eine Mal gezeigt.
a-jeder-code-gilt-einmal-0f707b8d = Each code works once, for when the phone is not at hand. Please print them or store them safely now: they are shown only this once.
# Mit einem zweiten Faktor reicht ein gestohlenes Passwort nicht aus: Teilhabe fragt zusätzlich nach einem Code aus einer Authenticator-App auf Ihrem Telefon.
a-mit-einem-zweiten-faktor-9a4279c9 = With a second factor a stolen password is not enough: Teilhabe also asks for a code from an authenticator app on your phone.
# Passwort
a-passwort-3cc32168 = Password
# QR-Code mit dem Schlüssel für die Authenticator-App
a-qr-code-mit-dem-e948a46c = QR code with the key for the authenticator app
# Scannen Sie diesen QR-Code, oder geben Sie den Schlüssel von Hand ein.
a-scannen-sie-diesen-qr-ca750cac = Scan this QR code, or enter the key by hand.
# Zu viele Fehlversuche. Bitte in { $seconds } Sekunden noch einmal versuchen.
a-zu-viele-fehlversuche-bitte-2f861c6d = Too many failed attempts. Please try again in { $seconds } seconds.
# Zurück zu Ihrem Konto
a-zurueck-zu-ihrem-konto-d66e7e02 = Back to your account
# Zweiten Faktor abschalten
a-zweiten-faktor-abschalten-fded2e77 = Switch off the second factor
# Zweiten Faktor einrichten
a-zweiten-faktor-einrichten-68bccf13 = Set up a second factor
# Zweiter Faktor
a-zweiter-faktor-aa73cc3a = Second factor
# Öffnen Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis, Google oder Microsoft Authenticator) und fügen Sie ein Konto hinzu.
a-oeffnen-sie-eine-authenticator-3c5d7566 = Open an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator) and add an account.

# Texts of the store, domain and statistics found once the catalogue test read the sources
# with a parser (before, everything after a file's first test module was skipped).

# Anfrage
a-anfrage-d5ea1e29 = Inquiry

# Anhörung
a-anhoerung-8f86e625 = Hearing

# Antrag
a-antrag-e4d37f10 = Motion

# Bitte angeben, alle wie viele Monate berichtet wird.
a-bitte-angeben-alle-wie-8928ee61 = Please state every how many months a report is due.

# Den Indikator „{ $v1 }“ gibt es in dieser Datei nicht.
a-den-indikator-v1-gibt-73bd967a = This file has no indicator “{ $v1 }”.

# Die Körperschaft { $v1 } gibt es schon; mit --replace wird sie durch den Import ersetzt.
a-die-koerperschaft-v1-gibt-b56441f8 = The body { $v1 } exists already; with --replace the import replaces it.

# Diese Übersetzung steht doppelt da.
a-diese-uebersetzung-steht-doppelt-84ad5274 = This translation is listed twice.

# Ein Beitrag nennt Handlungsfeld { $position }, das es nicht gibt.
a-ein-beitrag-nennt-handlungsfeld-9c26c11e = A contribution names field of action { $position }, which does not exist.

# Entscheidung
a-entscheidung-f7836552 = Decision

# Erwartet Nr. { $v1 }, gefunden { $id }.
a-erwartet-nr-v1-gefunden-d0f2d3ff = Expected no. { $v1 }, found { $id }.

# Feld format: erwartet „{ $FORMAT }“, gefunden „{ $v1 }“.
a-feld-format-erwartet-format-4c4b8377 = Field format: expected “{ $FORMAT }”, found “{ $v1 }”.

# Feld version: Version { $v1 } wird nicht unterstützt (erwartet { $VERSION }).
a-feld-version-version-v1-d9a560a8 = Field version: version { $v1 } is not supported (expected { $VERSION }).

# In „{ $v1 }“ wird nicht übersetzt.
a-in-v1-wird-nicht-c19e358f = There are no translations into “{ $v1 }”.

# Kenntnisnahme
a-kenntnisnahme-78386b2c = For information

# Mitteilungsvorlage
a-mitteilungsvorlage-9ce55586 = Information paper

# Phase „{ $phase }“ oder ihre Daten sind ungültig.
a-phase-phase-oder-ihre-1d111174 = Phase “{ $phase }” or its dates are not valid.

# Planungsraum „{ $name }“ fehlt in der Datei.
a-planungsraum-name-fehlt-in-e66817b1 = Planning area “{ $name }” is missing from the file.

# Verweis auf Nr. { $r }, es gibt aber nur { $len } Einträge.
a-verweis-auf-nr-r-4c11d359 = Refers to no. { $r }, but there are only { $len } entries.

# Vorberatung
a-vorberatung-6c1504b8 = Preliminary deliberation

# Zeile { $v1 }, Spalte { $v2 }: keine gültige Teilhabe-Exportdatei: { $e }
a-zeile-v1-spalte-v2-c64a0f52 = Line { $v1 }, column { $v2 }: not a valid Teilhabe export file: { $e }

# Zwischen 1 und 60 Monaten.
a-zwischen-1-und-60-0982588c = Between 1 and 60 months.

# auf Kurs
a-auf-kurs-b3a28cba = on track

# das Gremium, das berichtet bekommt
a-das-gremium-das-berichtet-90a96606 = the committee that receives the report

# den Gegenstand des Berichts
a-den-gegenstand-des-berichts-1057b54c = the subject of the report

# den nächsten Termin
a-den-naechsten-termin-1020ebeb = the next due date

# die Prüfsumme (SHA-256) stimmt nicht
a-die-pruefsumme-sha-256-bdccc672 = the checksum (SHA-256) does not match

# durchgeführt
a-durchgefuehrt-97dbdefe = carried out

# eine Antwort nennt die Frage „{ $code }“, die es nicht gibt.
a-eine-antwort-nennt-die-611ed47a = an answer names question “{ $code }”, which does not exist.

# eine Bezeichnung (z. B. Wahlperiode 2021–2026)
a-eine-bezeichnung-z-b-b590d36f = a name (e.g. electoral term 2021–2026)

# eine Person
a-eine-person-f4525217 = a person

# kein gültiges Base64: { $e }
a-kein-gueltiges-base64-e-1c6d1a72 = not valid Base64: { $e }

# keine Daten
a-keine-daten-e57baf63 = no data

# nicht auf Kurs
a-nicht-auf-kurs-002385cc = off track

# noch kein Verlauf
a-noch-kein-verlauf-b7ec24b1 = no trend yet

# ohne Wertung
a-ohne-wertung-a0b86bd1 = not rated

# { $v1 } Bytes statt der angegebenen { $v2 }
a-v1-bytes-statt-der-2209defb = { $v1 } bytes instead of the stated { $v2 }

# { $value } liegt nicht zwischen 0 und 100.
a-value-liegt-nicht-zwischen-eaaae1ca = { $value } is not between 0 and 100.

# { $what } Nr. { $i } gibt es in der Datei nicht.
a-what-nr-i-gibt-8035ec1b = { $what } no. { $i } does not exist in the file.

# „{ $key }“ gehört zu keiner Frage oder Antwort.
a-key-gehoert-zu-keiner-918ed45c = “{ $key }” belongs to no question or answer.

# „{ $v }“ ist kein Datum im Format JJJJ-MM-TT.
a-v-ist-kein-datum-7db15c28 = “{ $v }” is not a date in the format YYYY-MM-DD.

# „{ $v1 }“ gehört zu einem Termin ({ $p }, { $e }), den es in der Datei nicht gibt.
a-v1-gehoert-zu-einem-e817393f = “{ $v1 }” belongs to a date ({ $p }, { $e }) that does not exist in the file.

# „{ $v1 }“ hängt von „{ $code }“ ab, die davor fehlt.
a-v1-haengt-von-code-a2ee9918 = “{ $v1 }” depends on “{ $code }”, which is missing before it.

# „{ $v1 }“ ist kein Dateiname: ohne Pfad und Steuerzeichen wäre er „{ $v2 }“.
a-v1-ist-kein-dateiname-763f6641 = “{ $v1 }” is not a file name: without path and control characters it would be “{ $v2 }”.

# „{ $v1 }“ ist kein Zeitpunkt.
a-v1-ist-kein-zeitpunkt-5112cc73 = “{ $v1 }” is not a point in time.

# „{ $v1 }“ lässt sich nicht übersetzen.
a-v1-laesst-sich-nicht-6e8190f9 = “{ $v1 }” cannot be translated.

# „{ $v1 }“ passt nicht zum Inhalt von „{ $v2 }“ ({ $v3 }).
a-v1-passt-nicht-zum-564fd6d6 = “{ $v1 }” does not match the content of “{ $v2 }” ({ $v3 }).

# „{ $v1 }“: { $m }.
a-v1-m-fd42fd59 = “{ $v1 }”: { $m }.

# Anlage
a-anlage-74d1fa01 = Attachment

# Einladung
a-einladung-2d13c960 = Invitation

# Ergebnisprotokoll
a-ergebnisprotokoll-8fec1cf6 = Results minutes

# Hauptdokument
a-hauptdokument-d8668dd0 = Main document

# Wortprotokoll
a-wortprotokoll-07afd8ab = Verbatim minutes

# „{ $r }“ ist keine bekannte Rolle einer Datei.
a-r-ist-keine-bekannte-7e571321 = “{ $r }” is not a known role of a file.

# „{ $value }“ ist weder eine bekannte Rolle noch eine einzeilige Bezeichnung von höchstens 200 Zeichen.
a-value-ist-weder-eine-350df990 = “{ $value }” is neither a known role nor a one-line name of at most 200 characters.

# Berichtsintervall
a-berichtsintervall-e15d7536 = Reporting interval

# Berichtspflichten der Maßnahmen, überfällige zuerst
a-berichtspflichten-der-massnahmen-28ebf975 = Reporting obligations of the measures, overdue first

# Berichtspflichten einstellen
a-berichtspflichten-einstellen-d70430d9 = Set reporting obligations

# Berichtspflichten und Meilensteine
a-berichtspflichten-und-meilensteine-7a5615f3 = Reporting obligations and milestones

# Der Betreff einer E-Mail ist eine Zeile.
a-der-betreff-einer-e-70d5c05c = The subject of an e-mail is one line.

# Ein Berichtsintervall hat 3, 6 oder 12 Monate, nicht { $m }.
a-ein-berichtsintervall-hat-3-e7708dc0 = A reporting interval has 3, 6 or 12 months, not { $m }.

# Ein Meilenstein braucht eine Bezeichnung.
a-ein-meilenstein-braucht-eine-b2b364a0 = A milestone needs a name.

# Ein Meilenstein kann nicht in der Zukunft erreicht sein.
a-ein-meilenstein-kann-nicht-570f1104 = A milestone cannot have been reached in the future.

# Erreicht am
a-erreicht-am-6d336e8f = Reached on

# Intervall
a-intervall-b2ce3b1c = Interval

# Kein Meilenstein ist verspätet.
a-kein-meilenstein-ist-verspaetet-2eaec1bf = No milestone is late.

# Keine Maßnahmen in geltenden oder vorbereiteten Fassungen.
a-keine-massnahmen-in-geltenden-0ccd657f = No measures in versions in force or in preparation.

# Leer, solange er nicht erreicht ist.
a-leer-solange-er-nicht-44da54d3 = Empty as long as it has not been reached.

# Leer: jährlich.
a-leer-jaehrlich-28dbcc58 = Empty: yearly.

# Leer: wie für die Körperschaft eingestellt (Berichtspflichten).
a-leer-wie-fuer-die-b6640b2b = Empty: as set for the body (reporting obligations).

# Letzter Bericht
a-letzter-bericht-761c072a = Last report

# Maßnahmen berichten, wenn nichts anderes festgelegt ist:
a-massnahmen-berichten-wenn-nichts-480b6213 = Measures report, unless set otherwise:

# Meilenstein
a-meilenstein-1d0617ba = Milestone

# Meilenstein: { $v1 }
a-meilenstein-v1-cb7875cf = Milestone: { $v1 }

# Meilensteine
a-meilensteine-8f97940d = Milestones

# Meilensteine der Maßnahme nach Datum
a-meilensteine-der-massnahme-nach-efac1518 = The measure's milestones by date

# Meilensteine, deren Datum verstrichen ist, ohne dass sie erreicht wurden
a-meilensteine-deren-datum-verstrichen-07733afe = Milestones whose date has passed without their being reached

# Neuer Meilenstein
a-neuer-meilenstein-2da12895 = New milestone

# Noch keine Meilensteine.
a-noch-keine-meilensteine-267b8735 = No milestones yet.

# Nächster Bericht
a-naechster-bericht-fa2a3640 = Next report

# Sachstand erfassen
a-sachstand-erfassen-eff7c2e5 = Record progress

# Sachstandsberichte der Maßnahmen
a-sachstandsberichte-der-massnahmen-b330121d = Progress reports of the measures

# Verspätete Meilensteine
a-verspaetete-meilensteine-ad0c6ec6 = Late milestones

# Was bis zu diesem Tag erreicht sein soll, z. B. „Kursangebot steht“.
a-was-bis-zu-diesem-72cdec84 = What should be reached by this day, e.g. “course offer in place”.

# Wie oft die Maßnahmen berichten, wenn eine Maßnahme nichts anderes festlegt. Der nächste Bericht ist ein Intervall nach dem letzten fällig, ohne Bericht ein Intervall nach dem Beginn der Maßnahme; ab 30 Tagen vorher gilt er als fällig, danach als überfällig.
a-wie-oft-die-massnahmen-89b6c54c = How often the measures report unless a measure sets otherwise. The next report is due one interval after the last one, without a report one interval after the measure's start; from 30 days before it counts as due, afterwards as overdue.

# Zu erreichen bis
a-zu-erreichen-bis-b42e4b3b = To be reached by

# das Datum, bis zu dem er erreicht sein soll
a-das-datum-bis-zu-9d9cad41 = the date by which it should be reached

# die Bezeichnung des Meilensteins
a-die-bezeichnung-des-meilensteins-554d1adf = the milestone's name

# fällig
a-faellig-1ff1d666 = due

# halbjährlich
a-halbjaehrlich-5351dbb7 = half-yearly

# keiner fällig
a-keiner-faellig-d27a13ec = none due

# nicht fällig
a-nicht-faellig-fcc6d060 = not due

# verspätet
a-verspaetet-1820479f = late

# vierteljährlich
a-vierteljaehrlich-9b1c0c27 = quarterly

# »{ $to }« ist keine E-Mail-Adresse.
a-to-ist-keine-e-0decc5c5 = “{ $to }” is not an e-mail address.

# An
a-an-40d54106 = To

# Antwort des Mailservers
a-antwort-des-mailservers-99548ae7 = The mail server's answer

# Arbeitsvorrat
a-arbeitsvorrat-2f450161 = Work queue

# E-Mails, die der Mailserver abgelehnt hat oder die nach allen Versuchen nicht zugestellt wurden
a-e-mails-die-der-7752af46 = Mails the mail server refused or that were not delivered after every attempt

# Erneut senden
a-erneut-senden-23631673 = Send again


# Maßnahmen (fällig seit)
a-massnahmen-faellig-seit-94a4b1b1 = Measures (due since)

# Nicht zustellbare E-Mails
a-nicht-zustellbare-e-mails-e9b69eae = Undeliverable mails

# Organisationen mit überfälligen Sachstandsberichten
a-organisationen-mit-ueberfaelligen-6acd658c = Organisations with overdue progress reports

# Überfällige Sachstandsberichte nach Organisation
a-ueberfaellige-sachstandsberichte-936b06e3 = Overdue progress reports by organisation

# 0 bis 60; 0: keine. Leer: 7.
a-0-bis-60-0-cc76ca8b = 0 to 60; 0: none. Empty: 7.

# Abfrage beenden
a-abfrage-beenden-91fb769c = End the request

# Abfrage jetzt beenden
a-abfrage-jetzt-beenden-142d004d = End the request now

# Abfrage starten und E-Mails versenden
a-abfrage-starten-und-e-d70aa0d5 = Start the request and send the e-mails

# Als Excel-Datei herunterladen
a-als-excel-datei-herunterladen-a66c23ef = Download as an Excel file

# Bericht vom
a-bericht-vom-a02e2c8c = Report of

# Berichtsabfrage
a-berichtsabfrage-94b9bc13 = Request for reports

# Berichtsabfrage bearbeiten: { $v1 }
a-berichtsabfrage-bearbeiten-v1-a349e349 = Edit request for reports: { $v1 }

# Berichtsabfragen
a-berichtsabfragen-9d63b8c7 = Requests for reports

# Berichtsabfragen, Erinnerungen und Übersichten schreibt Teilhabe Ihnen in dieser Sprache.
a-berichtsabfragen-erinnerungen-2ecc5e13 = Teilhabe writes requests for reports, reminders and overviews to you in this language.

# Berichtsabfragen, neueste Frist zuerst
a-berichtsabfragen-neueste-frist-6bd2440f = Requests for reports, latest deadline first

# Berichtslink
a-berichtslink-b6225573 = Report link

# Bitte eine der angebotenen Sprachen wählen.
a-bitte-eine-der-angebotenen-45fb26f6 = Please choose one of the languages offered.

# Danach öffnet kein Link mehr und es gehen keine Erinnerungen hinaus. Berichte bleiben erhalten.
a-danach-oeffnet-kein-link-5114ded5 = After that no link opens any more and no reminders go out. Reports are kept.

# Danke – Ihr Sachstand zu „{ $title }“ ist gespeichert.
a-danke-ihr-sachstand-zu-e8d6ca53 = Thank you – your report on “{ $title }” is saved.

# Die Abfrage ist beendet; ihre Links öffnen nicht mehr.
a-die-abfrage-ist-beendet-9f03f388 = The request has ended; its links no longer open.

# Die Frist darf nicht in der Vergangenheit liegen.
a-die-frist-darf-nicht-fb5085f7 = The deadline may not lie in the past.

# Die Frist ist abgelaufen. Bitte melden Sie den Sachstand trotzdem, so bald es geht.
a-die-frist-ist-abgelaufen-1b7ab539 = The deadline has passed. Please report all the same, as soon as you can.

# Die Links müssen mindestens bis zur Frist gelten.
a-die-links-muessen-mindestens-216673fb = The links must work at least until the deadline.

# Die Sprache Ihrer E-Mails ist gespeichert.
a-die-sprache-ihrer-e-1e739b54 = The language of your e-mails is saved.

# Diese Fassung hat keine laufenden Maßnahmen.
a-diese-fassung-hat-keine-591da0cc = This version has no running measures.

# Dieser Link gilt bis zum { $date }; bitte geben Sie ihn nur innerhalb Ihrer Organisation weiter.
a-dieser-link-gilt-bis-9959172f = This link works until { $date }; please pass it on only within your organisation.

# E-Mail an
a-e-mail-an-dc10f9b7 = E-mail to

# E-Mail-Empfänger
a-e-mail-empfaenger-a9141aac = E-mail recipients

# Eine Berichtsabfrage bittet jede federführende Organisation per E-Mail um den Sachstand ihrer Maßnahmen bis zu einer Frist, mit einem persönlichen Link ohne Passwort, und erinnert vor und nach der Frist.
a-eine-berichtsabfrage-bittet-7c9d8840 = A request for reports asks every lead organisation by e-mail for the state of its measures by a deadline, with a personal link without a password, and reminds before and after the deadline.

# Eine Berichtsabfrage braucht eine Bezeichnung.
a-eine-berichtsabfrage-braucht-145fc1e0 = A request for reports needs a title.

# Erinnerung … Tage vor der Frist
a-erinnerung-tage-vor-der-fc1452f9 = Reminder … days before the deadline

# Erinnerungen
a-erinnerungen-4dd580b5 = Reminders

# Erinnerungen: 0 bis 60 Tage.
a-erinnerungen-0-bis-60-92b0637c = Reminders: 0 to 60 days.

# Erscheint im Betreff, z. B. „Sachstand Frühjahr 2027“.
a-erscheint-im-betreff-z-d6f53a98 = Appears in the subject, e.g. “Progress spring 2027”.

# Fortschritt (%)
a-fortschritt-38da70f5 = Progress (%)

# Frist
a-frist-d220c72f = Deadline

# Für eine abgelöste Fassung des Konzepts gibt es keine Berichtsabfrage mehr.
a-fuer-eine-abgeloeste-fassung-f6b0a21a = A superseded version of the concept gets no more requests for reports.

# Für { $organization } bis zum { $deadline }.
a-fuer-organization-bis-zum-1de69b1d = For { $organization } by { $deadline }.

# Jede federführende Organisation einer laufenden Maßnahme dieser Fassung bekommt eine E-Mail mit ihren Maßnahmen und einem persönlichen Link, über den sie ohne Passwort berichtet. Empfänger sind die Ansprechpersonen der Maßnahmen und die Konten, die für die Organisation sprechen.
a-jede-federfuehrende-organisation-fce03607 = Every lead organisation of a running measure of this version gets an e-mail with its measures and a personal link through which it reports without a password. Recipients are the contact persons of the measures and the accounts that speak for the organisation.

# Leer: 60 Tage nach der Frist. Danach öffnet kein Link mehr.
a-leer-60-tage-nach-8275158d = Empty: 60 days after the deadline. After that no link opens.

# Link erneut senden
a-link-erneut-senden-554a5b69 = Send the link again

# Links
a-links-9202088e = Links

# Links gelten bis
a-links-gelten-bis-f9fec093 = Links work until

# Links sperren
a-links-sperren-b467509b = Stop the links

# Maßnahmen
a-massnahmen-81107310 = Measures

# Maßnahmen der Abfrage mit ihrem Bericht
a-massnahmen-der-abfrage-mit-bd406b1d = Measures of the request with their report

# Maßnahmen mit Bericht
a-massnahmen-mit-bericht-bd4574db = Measures with a report

# Maßnahmen, zu denen Ihre Organisation berichten soll
a-massnahmen-zu-denen-ihre-cef5cd05 = Measures your organisation is asked to report on

# Nach der Frist alle … Tage erinnern
a-nach-der-frist-alle-12f9a5b6 = After the deadline, remind every … days

# Nachricht an die Organisationen
a-nachricht-an-die-organisationen-4e854741 = Message to the organisations

# Nachricht der Koordination
a-nachricht-der-koordination-4a73e0bf = Message from the coordination office

# Neue Berichtsabfrage
a-neue-berichtsabfrage-2dac4d46 = New request for reports

# Neue Berichtsabfrage: { $v1 }
a-neue-berichtsabfrage-v1-782eab1b = New request for reports: { $v1 }

# Organisationen der Abfrage mit ihrem Stand
a-organisationen-der-abfrage-mit-3820ae58 = Organisations of the request and where they stand

# Sprache Ihrer E-Mails
a-sprache-ihrer-e-mails-fc020fef = Language of your e-mails

# Sprache speichern
a-sprache-speichern-32d01c16 = Save language

# Steht in der ersten E-Mail unter der Liste der Maßnahmen.
a-steht-in-der-ersten-c760f38b = Appears in the first e-mail below the list of measures.

# Verlauf
a-verlauf-35262ade = History

# Weiteren Sachstand melden
a-weiteren-sachstand-melden-a9d4dc62 = Report again

# Zu Ihrer Organisation wird in dieser Abfrage keine Maßnahme mehr erfragt.
a-zu-ihrer-organisation-wird-e5ee77b3 = This request no longer asks your organisation about any measure.

# beendet
a-beendet-9705c71c = ended

# berichtet am { $date }
a-berichtet-am-date-8cd3824d = reported on { $date }

# die Frist, bis zu der berichtet werden soll
a-die-frist-bis-zu-7adfc9ec = the deadline by which reports are due

# eine Bezeichnung der Abfrage
a-eine-bezeichnung-der-abfrage-545e47d5 = a title for the request

# keine Adresse – bitte bei einer Ansprechperson der Maßnahmen eine E-Mail-Adresse eintragen
a-keine-adresse-bitte-bei-2d7dd218 = no address – please enter an e-mail address for a contact person of the measures

# läuft
a-laeuft-a915f781 = running

# offen
a-offen-c5d9d029 = open

# vom { $date }
a-vom-date-b4b6b85b = of { $date }

# { $answered } von { $total } Organisationen haben vollständig berichtet; { $reports } von { $measures } Maßnahmen haben einen Bericht.
a-answered-von-total-organisationen-b0a84264 = { $answered } of { $total } organisations have reported in full; { $reports } of { $measures } measures have a report.

# { $before } Tage vor der Frist, danach alle { $after } Tage
a-before-tage-vor-der-f8adeccb = { $before } days before the deadline, then every { $after } days

# { $count } versandt
a-count-versandt-94b6df47 = { $count } sent

# »{ $code }« ist keine Sprache des Portals.
a-code-ist-keine-sprache-65b1b1cf = “{ $code }” is not a language of the portal.

# Frist: { $deadline }; Stand: { $today }
a-frist-deadline-stand-today-b394d3f5 = Deadline: { $deadline }; as of: { $today }


# Laufende Berichtsabfragen
a-laufende-berichtsabfragen-82cad335 = Running requests for reports

# Laufende Berichtsabfragen, früheste Frist zuerst
a-laufende-berichtsabfragen-frueheste-014f1376 = Running requests for reports, earliest deadline first

# Organisationen vollständig
a-organisationen-vollstaendig-9d6d12e1 = Organisations complete

# Die Freigabe ist für diese Körperschaft ausgeschaltet: Meldungen sind sofort öffentlich.
a-die-freigabe-ist-fuer-e1821068 = Approval is switched off for this body: reports are public at once.

# Die Meldung vom { $v1 } bleibt unveröffentlicht. Wer für die Organisation berichtet, bekommt den Grund per E-Mail und kann neu melden.
a-die-meldung-vom-v1-e7004b27 = The report of { $v1 } stays unpublished. Those who report for the organisation get the reason by e-mail and can report again.

# Diese Meldung wartet nicht (mehr) auf Freigabe; jemand hat sie schon bearbeitet.
a-diese-meldung-wartet-nicht-0f379cf6 = This report is not (or no longer) waiting for approval; someone has already dealt with it.

# Eingereicht am
a-eingereicht-am-92175f74 = Submitted on

# Freigeben
a-freigeben-d948d680 = Approve

# Grund
a-grund-e4f67961 = Reason


# Keine Meldung wartet auf Freigabe.
a-keine-meldung-wartet-auf-e812acf1 = No report is waiting for approval.

# Meldung zurückgeben
a-meldung-zurueckgeben-b3358a72 = Return report

# Meldung zurückgeben: { $v1 }
a-meldung-zurueckgeben-v1-4113afa7 = Return report: { $v1 }

# Meldungen von Akteuren erst nach Freigabe veröffentlichen
a-meldungen-von-akteuren-erst-3139244d = Publish actors' reports only after approval

# Meldungen zur Freigabe
a-meldungen-zur-freigabe-5bc1a566 = Reports for approval

# Meldungen, die Akteure mit ihrem Konto oder über den Link einer Berichtsabfrage abgeben, warten dann als „eingereicht“, bis die Koordination sie freigibt oder mit Begründung zurückgibt.
a-meldungen-die-akteure-mit-eff400e7 = Reports that actors file with their account or through the link of a request for reports then wait as “submitted” until the coordination office approves them or returns them with a reason.

# Sachstandsmeldung
a-sachstandsmeldung-fe9a5573 = Progress report

# Sachstandsmeldungen von Akteuren werden erst nach Freigabe veröffentlicht und bestimmen erst dann Status und Fortschritt der Maßnahme.
a-sachstandsmeldungen-von-akteuren-537d58d4 = Actors' progress reports are published only after approval, and only then set the measure's status and progress.

# Was fehlt oder stimmt nicht? Der Text geht so an die Organisation.
a-was-fehlt-oder-stimmt-02880769 = What is missing or wrong? The text goes to the organisation as written.

# Zurückgeben
a-zurueckgeben-0d74eb78 = Return

# Zurückgeben und benachrichtigen
a-zurueckgeben-und-benachrichtigen-0e13c7f5 = Return and notify

# den Grund, damit die Organisation nachbessern kann
a-den-grund-damit-die-360a5321 = the reason, so that the organisation can improve the report

# eingereicht, wartet auf Freigabe
a-eingereicht-wartet-auf-freigabe-720b7178 = submitted, waiting for approval

# wartet auf Freigabe
a-wartet-auf-freigabe-9d1b428d = waiting for approval

# zurückgegeben
a-zurueckgegeben-c2573670 = returned

# { $count } Sachstandsmeldung(en) warten auf Freigabe
a-count-sachstandsmeldung-en-warten-52513c14 = { $count } progress report(s) waiting for approval

# „{ $v1 }“ ist kein Stand der Freigabe (submitted, approved, returned).
a-v1-ist-kein-stand-1754cd27 = “{ $v1 }” is not a state of approval (submitted, approved, returned).
# Alle weiteren Einträge
a-alle-weiteren-eintraege-565b5b75 = All other entries
# Alle übernehmen
a-alle-uebernehmen-8ac0c152 = Take them all over
# Beschlossen in
a-beschlossen-in-b67fd931 = Decided in
# Beschluss (Beschlussverfolgung)
a-beschluss-beschlussverfolgung-cc2ddfbb = Resolution (resolution tracking)
# Beschluss verfolgen
a-beschluss-verfolgen-afd071af = Track resolution
# Beschluss: { $v1 }
a-beschluss-v1-41f13338 = Resolution: { $v1 }
# Beschluss: { $v1 } ({ $place })
a-beschluss-v1-place-d46fa476 = Resolution: { $v1 } ({ $place })
# Beschlussverfolgung
a-beschlussverfolgung-caf27e7e = Resolution tracking
# Beschlussverfolgung als CSV-Datei, mit den nicht-öffentlichen Einträgen
a-beschlussverfolgung-als-csv-858c64ea = Resolution tracking as a CSV file, with the non-public entries
# Beschlussverfolgung als Excel-Datei (XLSX), mit den nicht-öffentlichen Einträgen
a-beschlussverfolgung-als-excel-95680a81 = Resolution tracking as an Excel file (XLSX), with the non-public entries
# Beschlüsse
a-beschluesse-58abb102 = Resolutions
# Beschlüsse aus den Sitzungen übernehmen
a-beschluesse-aus-den-sitzungen-bde850ae = Take over resolutions from the meetings
# Beschlüsse der Beschlussverfolgung
a-beschluesse-der-beschlussverfolgung-84880558 = resolutions in resolution tracking
# Beschlüsse: Frist abgelaufen oder Wiedervorlage fällig
a-beschluesse-frist-abgelaufen-b7493883 = Resolutions: deadline passed or resubmission due
# Bis wann es umgesetzt oder berichtet sein soll; leer, wenn keine Frist gesetzt ist.
a-bis-wann-es-umgesetzt-189787f7 = By when it is to be carried out or reported on; empty if no deadline was set.
# Bitte angeben, bis wann die Angelegenheit zurückgestellt ist (Wiedervorlage).
a-bitte-angeben-bis-wann-6afe9d32 = Please state until when the matter is deferred (resubmission).
# Braucht Aufmerksamkeit
a-braucht-aufmerksamkeit-11168a25 = Needs attention
# Die Maßnahme „{ $v1 }“ ist mit { $traced } Beitrag/Beiträgen aus der Beteiligung, Vorlage(n) oder Beschlüssen verknüpft; diese Spur bleibt erhalten. Wird sie nicht weiterverfolgt, bitte den Status „eingestellt“ setzen.
a-die-massnahme-v1-ist-080ba030 = The measure “{ $v1 }” is linked to { $traced } contribution(s) from participation, paper(s) or resolutions; this trail is kept. If it is no longer pursued, please set the status “cancelled”.
# Diese Tagesordnungspunkte haben ein Ergebnis, das nach einem Beschluss, einem Prüfauftrag oder einer Zurückstellung aussieht, aber noch keinen Eintrag. Übernommen werden sie mit dem Gegenstand als Titel und der Federführung ihrer Vorlage; Frist und Wiedervorlage tragen Sie danach ein.
a-diese-tagesordnungspunkte-haben-5035d0ef = These agenda items have an outcome that reads like a resolution, a request for examination or a deferral, but no entry yet. They are taken over with the subject as title and the lead of their paper; enter the deadline and resubmission date afterwards.
# Ein Beschluss braucht eine Bezeichnung.
a-ein-beschluss-braucht-eine-f7d97bd5 = A resolution needs a title.
# Ein Beschluss gehört zu einem Tagesordnungspunkt oder einer Vorlage.
a-ein-beschluss-gehoert-zu-34ad12ec = A resolution belongs to an agenda item or a paper.
# Ein Beschluss kann nicht in der Zukunft erledigt sein.
a-ein-beschluss-kann-nicht-dd19290d = A resolution cannot be done in the future.
# Ein Eintrag verfolgt, was aus einem Beschluss, einem Prüfauftrag oder einer zurückgestellten Angelegenheit wird. Er ist öffentlich, wenn sein Tagesordnungspunkt und seine Vorlage öffentlich sind – auch der Vermerk.
a-ein-eintrag-verfolgt-was-9c273879 = An entry follows what becomes of a resolution, a request for examination or a deferred matter. It is public when its agenda item and its paper are public – the note too.
# Ein Erledigungsdatum hat nur ein erledigter Eintrag – bitte den Stand auf „erledigt“ setzen oder das Datum leeren.
a-ein-erledigungsdatum-hat-nur-bd858337 = Only an entry that is done has a date of completion – please set the status to “done” or clear the date.
# Erledigt am
a-erledigt-am-a2698981 = Done on
# Frist abgelaufen
a-frist-abgelaufen-7a3815b1 = Deadline passed
# Genau die erledigten Beschlüsse haben ein Erledigungsdatum.
a-genau-die-erledigten-beschluesse-bbb340ef = Exactly the resolutions that are done have a date of completion.
# In einer Zeile, z. B. „Integrationsbeirat einrichten“.
a-in-einer-zeile-z-ae6c90db = In one line, e.g. “Set up an integration advisory council”.
# Keine Berichtsabfrage läuft, keine Meldung wartet auf Freigabe, kein Sachstandsbericht ist überfällig, kein Meilenstein verspätet, kein verfolgter Beschluss überfällig, jede E-Mail zugestellt.
a-keine-berichtsabfrage-laeuft-9b699690 = No reporting round is running, no report waits for approval, no progress report is overdue, no milestone is late, no tracked resolution is overdue, every e-mail was delivered.
# Keine Frist ist abgelaufen, keine Wiedervorlage fällig.
a-keine-frist-ist-abgelaufen-e691f0ce = No deadline has passed, no resubmission is due.
# Keine weiteren Einträge.
a-keine-weiteren-eintraege-dfa503b7 = No other entries.
# Leer: offen, bei einer zurückgestellten Angelegenheit zurückgestellt.
a-leer-offen-bei-einer-34c46a89 = Empty: open, or deferred for a deferred matter.
# Nur bei „erledigt“; leer: heute.
a-nur-bei-erledigt-leer-668e3d9c = Only with “done”; empty: today.
# Pflicht, solange der Stand „zurückgestellt“ ist.
a-pflicht-solange-der-stand-fa1f5ef1 = Required while the status is “deferred”.
# Prüfauftrag
a-pruefauftrag-23e46710 = Request for examination
# Umgesetzt durch die Maßnahmen
a-umgesetzt-durch-die-massnahmen-8926a716 = Carried out by the measures
# Verfolgte Beschlüsse, die Aufmerksamkeit brauchen, am längsten wartende zuerst
a-verfolgte-beschluesse-die-aufmerksamkeit-66593f98 = Tracked resolutions that need attention, longest waiting first
# Vermerk
a-vermerk-5f36991f = Note
# Was aus jedem Beschluss, Prüfauftrag und jeder zurückgestellten Angelegenheit geworden ist: wer federführend ist, bis wann, wie weit es ist und welche Maßnahmen es umsetzen. Neue Einträge entstehen beim Tagesordnungspunkt einer Sitzung oder bei einer Vorlage.
a-was-aus-jedem-beschluss-96250bfe = What became of every resolution, request for examination and deferred matter: who leads, by when, how far it has got and which measures carry it out. New entries are made at a meeting's agenda item or at a paper.
# Was geschehen ist oder noch fehlt.
a-was-geschehen-ist-oder-d4228d31 = What has happened or is still missing.
# Was zu tun ist
a-was-zu-tun-ist-de50325c = What is to be done
# Wiedervorlage fällig
a-wiedervorlage-faellig-3b1d243c = Resubmission due
# Zurückgestellt bis (Wiedervorlage)
a-zurueckgestellt-bis-wiedervorlage-ad04c492 = Deferred until (resubmission)
# einzeln erfassen
a-einzeln-erfassen-2a71346f = enter one by one
# in Arbeit
a-in-arbeit-a2d99de1 = in progress
# in { $council } Sitzung(en), Beratung(en), Vorlage(n), Berichtspflicht(en), Beschlüssen oder Beteiligungsformat(en) genannt
a-in-council-sitzung-en-6192e35d = named in { $council } meeting(s), consultation(s), paper(s), reporting obligation(s), resolutions or participation format(s)
# was zu tun ist, in einer Zeile
a-was-zu-tun-ist-0abc476f = what is to be done, in one line
# zurückgestellt
a-zurueckgestellt-365f2941 = deferred
# zurückgestellt bis
a-zurueckgestellt-bis-ed349457 = deferred until
# zurückgestellt ohne Wiedervorlagedatum
a-zurueckgestellt-ohne-wiedervorlagedatum-f822d836 = deferred without a resubmission date
# zurückgestellte Angelegenheit
a-zurueckgestellte-angelegenheit-4376de6c = deferred matter
# „{ $v1 }“ ist kein Stand (open, in_progress, done, deferred).
a-v1-ist-kein-stand-2bab8696 = “{ $v1 }” is not a status (open, in_progress, done, deferred).
# „{ $v1 }“ ist keine Art (resolution, review_request, deferral).
a-v1-ist-keine-art-9696e353 = “{ $v1 }” is not a kind (resolution, review_request, deferral).
# TOP { $n }
a-top-n-65fd35d6 = item { $n }
# Beschluss verfolgen: { $place }
a-beschluss-verfolgen-place-80376832 = Track resolution: { $place }
# , Spalte „{ $column }“
a-spalte-column-74f8102a = , column “{ $column }”
# , Zeile { $row }
a-zeile-row-0707e6d0 = , row { $row }
# Alle { $count } Änderung(en) übernehmen
a-alle-count-aenderung-en-fecc0057 = Take over all { $count } change(s)
# Ausgefüllte Tabelle hochladen (XLSX oder CSV)
a-ausgefuellte-tabelle-hochladen-677255ef = Upload the filled-in sheet (XLSX or CSV)
# Bitte die Tabelle berichtigen und erneut hochladen.
a-bitte-die-tabelle-berichtigen-b6d58ae4 = Please correct the sheet and upload it again.
# Blatt
a-blatt-3fd4fa1e = Sheet
# Blatt „{ $v1 }“
a-blatt-v1-b6e70999 = Sheet “{ $v1 }”
# Den Meilenstein Nr. { $id } gibt es bei dieser Maßnahme nicht.
a-den-meilenstein-nr-id-aba941b9 = This measure has no milestone no. { $id }.
# Die Maßnahme Nr. { $measure_id } gehört nicht zu dieser Konzeptfassung.
a-die-massnahme-nr-measure-524602fa = Measure no. { $measure_id } does not belong to this concept version.
# Die Spalten „Kennung“ bleiben, wie sie sind. Ändern sich Status oder Fortschritt, beschreibt „Neuer Sachstand“ in Worten, was geschehen ist; daraus wird eine Sachstandsmeldung.
a-die-spalten-kennung-bleiben-cf7d9878 = The “Kennung” columns stay as they are. Where status or progress change, “Neuer Sachstand” says in words what happened; it becomes a progress report.
# Die Tabelle enthält die Maßnahmen dieser Fassung mit Status, Fortschritt und Terminen und auf einem zweiten Blatt ihre Meilensteine. Die Federführungen tragen in Excel ein, was sich geändert hat; hochgeladen zeigt Teilhabe zuerst jede Änderung und übernimmt sie erst nach Bestätigung – ganz oder gar nicht.
a-die-tabelle-enthaelt-die-ae6f1c41 = The sheet holds this version's measures with status, progress and dates, and their milestones on a second sheet. The leads enter in Excel what has changed; once uploaded, Teilhabe first shows every change and takes them over only after confirmation – all or nothing.
# Die Tabelle hat Fehler; nichts wurde gespeichert
a-die-tabelle-hat-fehler-9af9391b = The sheet has errors; nothing was stored
# Die Tabelle kam nicht mit; bitte erneut hochladen.
a-die-tabelle-kam-nicht-463c6103 = The sheet did not come along; please upload it again.
# Die Tabelle ändert nichts.
a-die-tabelle-aendert-nichts-2a5f090d = The sheet changes nothing.
# Diese Spalte fehlt. Bitte die Tabelle verwenden, die Teilhabe zum Ausfüllen herunterlädt.
a-diese-spalte-fehlt-bitte-3ea25451 = This column is missing. Please use the sheet that Teilhabe downloads for filling in.
# Maßnahmenplan in Excel ausfüllen
a-massnahmenplan-in-excel-ausfuellen-94219df8 = Fill in the measure plan in Excel
# Maßnahmenplan { $v1 } – { $v2 } ({ $v3 })
a-massnahmenplan-v1-v2-v3-b38d04fd = Measure plan { $v1 } – { $v2 } ({ $v3 })
# Nur die Maßnahmen als CSV-Datei (Semikolon-getrennt)
a-nur-die-massnahmen-als-59be9215 = The measures only, as a CSV file (semicolon-separated)
# Tabelle zum Ausfüllen herunterladen (Excel, mit Meilensteinen)
a-tabelle-zum-ausfuellen-herunterladen-5cfaf43e = Download the sheet to fill in (Excel, with milestones)
# Vorschau zeigen
a-vorschau-zeigen-92152cae = Show preview
# Vorschau: was die Tabelle ändert
a-vorschau-was-die-tabelle-a4b09296 = Preview: what the sheet changes
# Zeile
a-zeile-52d2b948 = Row
# Zurück zum Hochladen
a-zurueck-zum-hochladen-baf622c3 = Back to the upload
# { $count } Änderung(en) aus der Tabelle übernommen.
a-count-aenderung-en-aus-f34a69dd = { $count } change(s) taken over from the sheet.
# Änderungen
a-aenderungen-914ea262 = Changes
# Änderungen je Zeile
a-aenderungen-je-zeile-d7bfc06c = Changes per row
# „{ $c }“ ist kein Status. Erlaubt: { $v1 }.
a-c-ist-kein-status-40bf4c13 = “{ $c }” is not a status. Allowed: { $v1 }.
# „{ $c }“ ist keine Kennung; bitte die Spalte unverändert lassen.
a-c-ist-keine-kennung-58533728 = “{ $c }” is not a key; please leave the column unchanged.
# Die Vorschau hat sich geändert – durch eine neue Zuordnung oder weil inzwischen etwas gespeichert wurde. Bitte die Änderungen noch einmal ansehen.
a-die-vorschau-hat-sich-011bfefb = The preview has changed – through a new assignment, or because something was stored meanwhile. Please look at the changes again.
# Federführungen, die noch keine Organisation sind
a-federfuehrungen-die-noch-keine-9b917a55 = Leads that are not an organisation yet
# Jede wird als neue Organisation angelegt, wenn Sie ihr keine vorhandene zuordnen. Nach einer Änderung bitte die Vorschau erneuern.
a-jede-wird-als-neue-a9e234ea = Each is made as a new organisation unless you assign an existing one. After a change, please renew the preview.
# Zuordnung übernehmen und Vorschau erneuern
a-zuordnung-uebernehmen-und-vorschau-d5282fde = Apply the assignment and renew the preview
# als neue Organisation anlegen
a-als-neue-organisation-anlegen-37ac5228 = make as a new organisation
# Zurückgegeben:
a-zurueckgegeben-749125de = Returned:
# Die Datei kam nicht vollständig an ({ $e }); höchstens { $limit }.
a-die-datei-kam-nicht-db019270 = The file did not arrive completely ({ $e }); at most { $limit }.

# Aus „{ $concept }“ entsteht ein Entwurf: Leitbild, Leitsätze, Handlungsfelder und Ziele werden übernommen, die Maßnahmen so, wie Sie es hier entscheiden. Die geltende Fassung bleibt unverändert, bis der Entwurf beschlossen ist.
a-aus-concept-entsteht-ein-8b373140 = “{ $concept }” becomes the starting point of a draft: the Leitbild, guiding principles, fields of action and goals are carried over, the measures as you decide here. The version in force stays unchanged until the draft is adopted.

# Beteiligung bis
a-beteiligung-bis-d1f007b8 = Open for comments until

# Beteiligung vom
a-beteiligung-vom-c054809c = Open for comments from

# Bitte nennen Sie, warum die Maßnahme endet: Der Grund erscheint im Vergleich der Fassungen.
a-bitte-nennen-sie-warum-5f91b507 = Please say why the measure ends: the reason appears in the comparison of the versions.

# Die Fassung „{ $title }“ ({ $label }) soll diese Fassung schon ablösen und ist noch nicht beschlossen. Bitte arbeiten Sie in ihr weiter — oder löschen Sie sie, um neu zu beginnen.
a-die-fassung-title-label-edebad41 = The version “{ $title }” ({ $label }) is already meant to supersede this version and is not yet adopted. Please go on working in it — or delete it to start afresh.

# Die Maßnahme Nr. { $v1 } gehört nicht zur abgelösten Fassung.
a-die-massnahme-nr-v1-0bb7c2da = Measure no. { $v1 } does not belong to the superseded version.

# Die Maßnahmen der bisherigen Fassung haben sich geändert, während das Formular offen war. Bitte laden Sie es neu und entscheiden Sie noch einmal.
a-die-massnahmen-der-bisherigen-74a537d3 = The measures of the previous version changed while the form was open. Please reload it and decide again.

# Diese Fassung hat keine Maßnahmen.
a-diese-fassung-hat-keine-2f9c0a46 = This version has no measures.

# Diese Maßnahme gehört nicht (mehr) zur bisherigen Fassung. Bitte laden Sie das Formular neu.
a-diese-massnahme-gehoert-nicht-ea5c297d = This measure does not (or no longer) belong to the previous version. Please reload the form.

# Ein Eintrag kann nicht aus sich selbst hervorgehen.
a-ein-eintrag-kann-nicht-40946cfb = A record cannot continue itself.

# Eine Fassung in Beteiligung braucht den Zeitraum, in dem sie kommentiert werden kann.
a-eine-fassung-in-beteiligung-7d025b9c = A version open for comments needs the period in which it can be commented on.

# Eine beendete Maßnahme braucht ihren Grund.
a-eine-beendete-massnahme-braucht-ffbec4fc = An ended measure needs its reason.

# Entwurf anlegen
a-entwurf-anlegen-2a38a9a0 = Create draft

# Fassungen vergleichen
a-fassungen-vergleichen-d6074c89 = Compare versions

# Für den Status „in Beteiligung“: ab wann die Fassung kommentiert werden kann.
a-fuer-den-status-in-f9f7c215 = For the status “open for comments”: from when the version can be commented on.

# Grund (nötig, wenn die Maßnahme endet)
a-grund-noetig-wenn-die-70ce03b6 = Reason (needed if the measure ends)

# Leitsätze
a-leitsaetze-5a68f860 = Guiding principles

# Neue Fassung aus dieser erstellen
a-neue-fassung-aus-dieser-fb328a60 = Make a new version from this one

# Text
a-text-3e142d5e = Text

# Weitergeführte Maßnahmen behalten ihre Geschichte: Ihre Sachstandsmeldungen stehen weiter bei ihnen. Haushaltsansätze und Meilensteine plant die neue Fassung neu.
a-weitergefuehrte-massnahmen-behalten-fe1a9291 = Continued measures keep their history: their progress reports stay with them. The new version plans its budget lines and milestones afresh.

# Ziele
a-ziele-60511d20 = Goals

# die Fassung (z. B. 2030)
a-die-fassung-z-b-3d66643c = the version (e.g. 2030)

# geändert und verschoben
a-geaendert-und-verschoben-cf157abf = changed and moved

# in Beteiligung
a-in-beteiligung-cb45585f = open for comments

# weiterführen
a-weiterfuehren-6cdba3dd = continue

# weiterführen und ändern
a-weiterfuehren-und-aendern-5d2395cc = continue and change

# z. B. das Jahr: 2030
a-z-b-das-jahr-6af810a1 = e.g. the year: 2030

# { $v1 } Nr. { $item } und Nr. { $carried_from } gehören nicht zu dieser und der abgelösten Fassung.
a-v1-nr-item-und-a70f7d3f = { $v1 } no. { $item } and no. { $carried_from } do not belong to this version and the one it supersedes.

# „{ $v1 }“ ({ $v2 }) löst keine andere Fassung ab.
a-v1-v2-loest-keine-3966a12c = “{ $v1 }” ({ $v2 }) does not supersede another version.

# „{ $v1 }“ ist keine Art: principle, field, goal oder measure.
a-v1-ist-keine-art-c1ed3e70 = “{ $v1 }” is not a kind: principle, field, goal or measure.

# „{ $v1 }“: erlaubt sind continue, change, end und drop.
a-v1-erlaubt-sind-continue-2bdf222d = “{ $v1 }”: allowed are continue, change, end and drop.

# Bitte wählen Sie: veröffentlichen, ablehnen oder zusammenführen.
a-bitte-waehlen-sie-veroeffentlichen-74455e52 = Please choose: publish, reject or merge.

# den Beitrag, mit dem er zusammengeführt wird
a-den-beitrag-mit-dem-21260938 = the comment it is merged with

# den Grund, den die Person erfährt
a-den-grund-den-die-0d44920e = the reason the person is told

# veröffentlicht
a-veroeffentlicht-5c1fa624 = published

# zusammengeführt
a-zusammengefuehrt-685e3df8 = merged

# Ablehnen
a-ablehnen-8fa68aac = Reject
# Art des Beitrags
a-art-des-beitrags-ab92857d = Kind of contribution
# Beitrag Nr. { $i }
a-beitrag-nr-i-d7c7a022 = Contribution no. { $i }
# Beteiligung an { $v1 } ({ $v2 })
a-beteiligung-an-v1-v2-500cd73f = Participation in { $v1 } ({ $v2 })
# Dazu kann hier nicht kommentiert werden: es gehört nicht zu diesem Entwurf.
a-dazu-kann-hier-nicht-3494357d = This cannot be commented on here: it is not part of this draft.
# Der Entwurf insgesamt
a-der-entwurf-insgesamt-81f18dbc = The draft as a whole
# Der Kommentar Nr. { $id } ist schon moderiert ({ $v1 }).
a-der-kommentar-nr-id-12d21a8d = Comment no. { $id } has already been moderated ({ $v1 }).
# Die Kommentare im Portal
a-die-kommentare-im-portal-93b2e3f2 = The comments in the portal
# Diese Fassung ist nicht (mehr) in der Beteiligung: Kommentare sind nur im Beteiligungszeitraum möglich.
a-diese-fassung-ist-nicht-1c475960 = This version is not (or no longer) open for comments: comments are possible only during its consultation period.
# Entschieden
a-entschieden-91d88799 = Decided
# Grund der Ablehnung (die Person erfährt ihn)
a-grund-der-ablehnung-die-4457eab9 = Reason for the rejection (the person is told)
# Handlungsfelder (vorgeschlagen: das des Eintrags und die Schlagwörter)
a-handlungsfelder-vorgeschlagen-6dae6411 = Fields of action (suggested: the entry's own and the keywords')
# Keine Kommentare warten.
a-keine-kommentare-warten-1555e0db = No comments are waiting.
# Kommentar
a-kommentar-9cd808c5 = Comment
# Kommentar Nr. { $id }
a-kommentar-nr-id-d95bb23c = Comment no. { $id }
# Kommentare aus der Online-Beteiligung erscheinen erst nach der Freigabe. Ein veröffentlichter Kommentar wird ein Beitrag des Beteiligungsprozesses; was aus ihm wird, tragen Sie dort ein. Wer eine bestätigte Adresse hinterlassen hat, erfährt es per E-Mail.
a-kommentare-aus-der-online-6bd83a70 = Comments from the online consultation appear only once released. A published comment becomes a contribution of the participation process; record there what becomes of it. Whoever left a confirmed address is told by e-mail.
# Kommentare moderieren
a-kommentare-moderieren-716e6eae = Moderate comments
# Kommentare zum Entwurf im Portal, nach der Moderation veröffentlicht.
a-kommentare-zum-entwurf-im-a4749c43 = Comments on the draft in the portal, published after moderation.
# Kommentare zur Moderation
a-kommentare-zur-moderation-90ba4f83 = Comments to moderate
# Moderierte Kommentare, neueste zuerst
a-moderierte-kommentare-neueste-791d57b0 = Moderated comments, newest first
# Noch nichts entschieden.
a-noch-nichts-entschieden-4fd1dcbc = Nothing decided yet.
# Nr. { $id }
a-nr-id-d746ba1e = No. { $id }
# Online-Kommentierung des Entwurfs ({ $v1 })
a-online-kommentierung-des-entwurfs-b814d966 = Online comments on the draft ({ $v1 })
# Sagt dasselbe wie
a-sagt-dasselbe-wie-f6853b40 = Says the same as
# Veröffentlichen
a-veroeffentlichen-2fe7de0b = Publish
# Warten auf Freigabe ({ $count })
a-warten-auf-freigabe-count-85e6fd63 = Waiting for release ({ $count })
# Zu
a-zu-58184b28 = On
# Zusammenführen
a-zusammenfuehren-cd669bd3 = Merge
# Zusammenführen geht nur mit einem veröffentlichten Kommentar zu derselben Fassung.
a-zusammenfuehren-geht-nur-mit-5a415916 = A comment can only be merged into a published comment on the same version.
# mit E-Mail-Adresse
a-mit-e-mail-adresse-746b8316 = with e-mail address
# nicht veröffentlicht
a-nicht-veroeffentlicht-5345a98a = not published
# { $count } Kommentar(e) warten auf Moderation
a-count-kommentar-e-warten-8382eb41 = { $count } comment(s) waiting for moderation
# „{ $v1 }“ ({ $v2 }) hat { $comments } Kommentar(e) aus der Online-Beteiligung; sie bleiben nachvollziehbar. Die Fassung bitte als „abgelöst“ kennzeichnen.
a-v1-v2-hat-comments-acb6b30a = “{ $v1 }” ({ $v2 }) has { $comments } comment(s) from the online consultation; they stay traceable. Please mark the version as superseded.
# → Nr. { $i }
a-nr-i-da5d1d5a = → no. { $i }
# Ein Kommentar kann nicht in sich selbst aufgehen.
a-ein-kommentar-kann-nicht-9b8e64af = A comment cannot be merged into itself.
# „{ $v1 }“: erlaubt sind pending, published, rejected und merged.
a-v1-erlaubt-sind-pending-d3fda7df = “{ $v1 }”: allowed are pending, published, rejected and merged.
# „{ $v1 }“: erwartet ist version oder z. B. measure:3.
a-v1-erwartet-ist-version-62a7be11 = “{ $v1 }”: expected is version or e.g. measure:3.
# Der Kommentar Nr. { $id } ist eben schon moderiert worden.
a-der-kommentar-nr-id-9cdb09e2 = Comment no. { $id } has just been moderated by someone else.
# Aktenzeichen des Bescheids
a-aktenzeichen-des-bescheids-2f9d557a = Reference of the grant decision
# Anschlussfinanzierung
a-anschlussfinanzierung-2f7d1bb1 = Follow-up funding
# Anteil der zuwendungsfähigen Ausgaben, z. B. 90 oder 87,5; der Rest ist Eigenanteil.
a-anteil-der-zuwendungsfaehigen-5b923947 = Share of eligible costs, e.g. 90 or 87.5 (entered as 87,5); the rest is the own share.
# Art des Nachweises
a-art-des-nachweises-bb2daa68 = Kind of proof
# Bescheid vom
a-bescheid-vom-6ce6520e = Decision dated
# Bewilligungszeitraum
a-bewilligungszeitraum-b87a1212 = Grant period
# Bewilligungszeitraum bis
a-bewilligungszeitraum-bis-0d745c74 = Grant period until
# Bewilligungszeitraum von
a-bewilligungszeitraum-von-9005bc69 = Grant period from
# Darf nicht leer sein.
a-darf-nicht-leer-sein-2281acaf = Must not be empty.
# Das Förderprogramm
a-das-foerderprogramm-4ef53cde = The funding programme
# Das Personal darf nicht negativ sein.
a-das-personal-darf-nicht-407a7c89 = Staff must not be negative.
# Das Programm finanziert noch { $lines } Haushaltszeile(n) von Maßnahmen; erst dort ändern.
a-das-programm-finanziert-noch-5c6d98a8 = The programme still pays { $lines } budget line(s) of measures; change those first.
# Die Förderquote liegt zwischen 0 und 100 Prozent.
a-die-foerderquote-liegt-zwischen-ffd392b5 = The funding rate lies between 0 and 100 per cent.
# Die Förderquote liegt zwischen 0 und 10000 Hundertstel Prozent.
a-die-foerderquote-liegt-zwischen-d77a4fe5 = The funding rate lies between 0 and 10000 hundredths of a per cent.
# Eigenanteil
a-eigenanteil-3bba90aa = Own share
# Ein Programm je Zuwendungsbescheid. Die Haushaltszeilen der Maßnahmen verweisen darauf; so ergeben sich die Summen je Programm und Haushaltsstelle.
a-ein-programm-je-zuwendungsbescheid-5425b639 = One programme per grant decision. The measures' budget lines point to it; that gives the sums per programme and budget code.
# Ein Programm kann nicht (auch nicht über andere) sich selbst fortsetzen.
a-ein-programm-kann-nicht-5a20db81 = A programme cannot continue itself, not even through others.
# Ein Programm kann nicht sich selbst fortsetzen.
a-ein-programm-kann-nicht-20f9295a = A programme cannot continue itself.
# Ein halbes Jahr vor dem Ende erscheint eine Warnung, solange kein Programm als Anschlussfinanzierung erfasst ist.
a-ein-halbes-jahr-vor-b9ab7be3 = Half a year before the end a warning appears, as long as no programme is recorded as follow-up funding.
# Eine Zeile je Haushaltsjahr und Finanzierungsquelle oder Förderprogramm; Beträge wie 12.500,00, Personal in Vollzeitäquivalenten wie 1,5. Leere Zeilen werden ignoriert.
a-eine-zeile-je-haushaltsjahr-2bb3e243 = One line per budget year and funding source or programme; amounts like 12,500.00 (entered as 12.500,00), staff in full-time equivalents like 1.5 (entered as 1,5). Empty lines are ignored.
# Finanzierte Maßnahmen
a-finanzierte-massnahmen-a44c9125 = Measures funded
# Förderprogramm
a-foerderprogramm-776f15d6 = Funding programme
# Förderprogramm bearbeiten
a-foerderprogramm-bearbeiten-5c259477 = Edit funding programme
# Förderprogramme
a-foerderprogramme-b6df28c9 = Funding programmes
# Förderprogramme mit Zeitraum, Quote, Haushaltsstelle, Summen aller Jahre und Warnungen
a-foerderprogramme-mit-zeitraum-e5b459fb = Funding programmes with period, rate, budget code, sums of all years and warnings
# Förderprogramme, die Aufmerksamkeit brauchen, das Dringendste zuerst
a-foerderprogramme-die-aufmerksamkeit-6d2e644c = Funding programmes that need attention, most urgent first
# Förderprogramme: Nachweise fällig oder Förderung endet
a-foerderprogramme-nachweise-faellig-b26940c7 = Funding programmes: proofs due or funding ending
# Förderquote
a-foerderquote-f3d6b3f3 = Funding rate
# Förderquote in Prozent
a-foerderquote-in-prozent-7d81fae2 = Funding rate in per cent
# Förderung endet am { $v1 } – keine Anschlussfinanzierung erfasst
a-foerderung-endet-am-v1-e28fa6c7 = Funding ends on { $v1 } – no follow-up funding recorded
# Förderung endet ohne Anschlussfinanzierung
a-foerderung-endet-ohne-anschlussfinanzierung-1130e67d = Funding ends without follow-up funding
# Haushaltszeilen der Maßnahmen, die dieses Programm finanziert, nach Jahr
a-haushaltszeilen-der-massnahmen-92a31210 = Budget lines of the measures this programme pays, by year
# Leer, solange er nicht eingereicht ist.
a-leer-solange-er-nicht-c6401948 = Empty as long as it has not been submitted.
# Mittel
a-mittel-3289deaa = Funds
# Mittel je Haushaltsjahr und Programm
a-mittel-je-haushaltsjahr-und-8cd3ec8f = Funds per budget year and programme
# Mittel je Haushaltsstelle, alle Jahre
a-mittel-je-haushaltsstelle-alle-d25835a3 = Funds per budget code, all years
# Mittel, Eigenanteil und Personal je Haushaltsstelle der Förderprogramme
a-mittel-eigenanteil-und-personal-817c0068 = Funds, own share and staff per budget code of the funding programmes
# Nachweis
a-nachweis-18eade2f = Proof
# Nachweisfrist
a-nachweisfrist-db3349f1 = Proof deadline
# Nachweisfrist: { $v1 }
a-nachweisfrist-v1-8c3d5056 = Proof deadline: { $v1 }
# Nachweisfristen
a-nachweisfristen-7a410ed6 = Proof deadlines
# Neue Nachweisfrist
a-neue-nachweisfrist-1a214b14 = New proof deadline
# Neues Förderprogramm
a-neues-foerderprogramm-a9e1d68a = New funding programme
# Noch keine Förderprogramme erfasst.
a-noch-keine-foerderprogramme-0ce22f81 = No funding programmes recorded yet.
# Noch keine Haushaltszeile einer Maßnahme verweist auf dieses Programm.
a-noch-keine-haushaltszeile-einer-9f7de33a = No budget line of a measure points to this programme yet.
# Noch keine Nachweisfristen erfasst.
a-noch-keine-nachweisfristen-erfasst-3e1f4ff4 = No proof deadlines recorded yet.
# Notizen
a-notizen-cda7a74e = Notes
# Personal in VZÄ
a-personal-in-vzae-6d270c43 = Staff in FTE
# Produkt und Sachkonto im Haushalt, z. B. 31.5.01 / 414100
a-produkt-und-sachkonto-im-e756dc02 = Product and account in the budget, e.g. 31.5.01 / 414100
# Programm oder Förderrichtlinie
a-programm-oder-foerderrichtlinie-9d849a1b = Programme or funding guideline
# Setzt fort
a-setzt-fort-414928f2 = Continues
# Setzt fort (Anschlussfinanzierung für)
a-setzt-fort-anschlussfinanzierung-39881380 = Continues (follow-up funding for)
# Summen je Haushaltsjahr
a-summen-je-haushaltsjahr-7dc0bbf3 = Sums per budget year
# Verwendungsnachweis
a-verwendungsnachweis-c96f4133 = Final proof of use
# Verwendungsnachweis fällig
a-verwendungsnachweis-faellig-58d3e25a = Final proof of use due
# Verwendungsnachweis überfällig
a-verwendungsnachweis-ueberfaellig-fd6a71f4 = Final proof of use overdue
# Vier Wochen vorher erscheint er in der Arbeitsliste.
a-vier-wochen-vorher-erscheint-2de7d8ee = Four weeks ahead it appears in the work queue.
# Vorzulegen bis
a-vorzulegen-bis-225a1d0e = Due by
# Zeile { $n }: Mehr als 1.000 Vollzeitstellen sind kein Maßnahmenpersonal.
a-zeile-n-mehr-als-0af7b827 = Line { $n }: more than 1,000 full-time positions are not a measure's staff.
# Zeile { $n }: „{ $raw }“ ist kein Förderprogramm.
a-zeile-n-raw-ist-16aeb4e0 = Line { $n }: “{ $raw }” is not a funding programme.
# Zeile { $row }: Förderprogramm
a-zeile-row-foerderprogramm-78f959ab = Line { $row }: funding programme
# Zeile { $row }: Personal in VZÄ
a-zeile-row-personal-in-ed09c954 = Line { $row }: staff in FTE
# Zuwendungsgeber
a-zuwendungsgeber-70140b68 = Funder
# Zwischen- und Verwendungsnachweise nach Frist
a-zwischen-und-verwendungsnachweise-5a169e23 = Interim and final proofs of use by deadline
# Zwischennachweis
a-zwischennachweis-e22fc098 = Interim proof of use
# Zwischennachweis fällig
a-zwischennachweis-faellig-82f244a1 = Interim proof of use due
# Zwischennachweis überfällig
a-zwischennachweis-ueberfaellig-3e852e4d = Interim proof of use overdue
# bis wann der Nachweis vorliegen muss
a-bis-wann-der-nachweis-643ca15f = by when the proof must be submitted
# das Personal in Vollzeitäquivalenten
a-das-personal-in-vollzeitaequivalenten-670488d2 = the staff in full-time equivalents
# das Programm oder die Förderrichtlinie
a-das-programm-oder-die-aa4fa111 = the programme or funding guideline
# die Förderquote in Prozent
a-die-foerderquote-in-prozent-920bf3c8 = the funding rate in per cent
# keine erfasst
a-keine-erfasst-e1061161 = none recorded
# ohne Förderprogramm
a-ohne-foerderprogramm-011b1db2 = without funding programme
# ohne Haushaltsstelle
a-ohne-haushaltsstelle-1da10423 = without budget code
# wer fördert (Zuwendungsgeber)
a-wer-foerdert-zuwendungsgeber-f67e4b77 = who funds it (funder)
# z. B. Freistaat Sachsen, Bundesamt für Migration und Flüchtlinge
a-z-b-freistaat-sachsen-de8d7b6d = e.g. Free State of Saxony, Federal Office for Migration and Refugees
# { $v1 } fällig am { $v2 }
a-v1-faellig-am-v2-9c432577 = { $v1 } due on { $v2 }
# { $v1 } überfällig seit { $v2 }
a-v1-ueberfaellig-seit-v2-c1cd1950 = { $v1 } overdue since { $v2 }
# – keines –
a-keines-da49bce4 = – none –
# „{ $v1 }“ ist keine Zahl für { $what } (z. B. 1,5; höchstens zwei Nachkommastellen, nicht negativ).
a-v1-ist-keine-zahl-7b1a6a56 = “{ $v1 }” is not a number for { $what } (e.g. 1.5, entered as 1,5; at most two decimals, not negative).
# „{ $v1 }“: erlaubt sind interim und final.
a-v1-erlaubt-sind-interim-9a410110 = “{ $v1 }”: allowed are interim and final.
# Die Zuwendungen, aus denen Maßnahmen finanziert werden, mit Bescheid, Bewilligungszeitraum, Förderquote, Haushaltsstelle und Nachweisfristen. Die Haushaltszeilen der Maßnahmen verweisen auf ihr Programm; die Summen unten sind die Summen dieser Zeilen in allen Fassungen des Konzepts. Die Zeilen der geltenden Fassung einzeln enthält der Maßnahmenplan als Excel-Datei (Blatt „Finanzierung“).
a-die-zuwendungen-aus-denen-b85be9d7 = The grants that pay for measures, with decision, grant period, funding rate, budget code and deadlines for the proof of use. The measures' budget lines point to their programme; the sums below are the sums of those lines in all versions of the concept. The measure plan as an Excel file lists the lines of the version in force one by one (sheet “Finanzierung”).
# Eine Output-Kennzahl gehört zu einer Maßnahme; Ziele messen sich an Outcome- oder Impact-Kennzahlen.
a-eine-output-kennzahl-gehoert-c0c72784 = An output indicator belongs to a measure; goals are measured by outcome or impact indicators.
# Impact
a-impact-64852cb7 = Impact
# Input
a-input-9f93e11b = Input
# Input (Mittel und Personal) steht in den Haushaltszeilen der Maßnahmen, nicht in Kennzahlen.
a-input-mittel-und-personal-1a9740ef = Input (money and staff) is in the measures' budget lines, not in indicators.
# Outcome
a-outcome-02dfaed3 = Outcome
# Outcome- und Impact-Kennzahlen gehören zu Zielen; eine Maßnahme misst sich an ihren Outputs.
a-outcome-und-impact-kennzahlen-74966bcd = Outcome and impact indicators belong to goals; a measure is measured by its outputs.
# Output
a-output-ee764324 = Output

# Anteil am Ziel
a-anteil-am-ziel-a9d20442 = Share of target
# Bewertung aus den Outputs
a-bewertung-aus-den-outputs-7e3112d0 = Rating from the outputs
# Bitte den Zielwert angeben (z. B. 20).
a-bitte-den-zielwert-angeben-606f774f = Please give the target (e.g. 20).
# Der Wert darf nicht negativ sein.
a-der-wert-darf-nicht-cd1dba70 = The value must not be negative.
# Der Zielwert muss größer als 0 sein.
a-der-zielwert-muss-groesser-9a25b0d2 = The target must be greater than 0.
# Die Output-Kennzahl Nr. { $output_id } ist doppelt genannt.
a-die-output-kennzahl-nr-5109c148 = Output indicator no. { $output_id } is named twice.
# Die Output-Kennzahl Nr. { $v1 } gehört nicht zu dieser Maßnahme.
a-die-output-kennzahl-nr-8ed8ce34 = Output indicator no. { $v1 } does not belong to this measure.
# Diese Output-Kennzahl ist in der Meldung doppelt.
a-diese-output-kennzahl-ist-986bbb58 = This output indicator appears twice in the report.
# Für „{ $v1 }“ wurden schon { $reported } Wert(e) gemeldet; die Kennzahl bleibt, damit die Sachstände stimmen. Den Zielwert können Sie ändern.
a-fuer-v1-wurden-schon-cd99ba22 = { $reported } value(s) have already been reported for “{ $v1 }”; the indicator stays so that the progress reports remain true. You can change its target.
# Gemeldeter Output
a-gemeldeter-output-7bdb7672 = Reported output
# Laufzeit
a-laufzeit-a4897c45 = Period
# Neue Output-Kennzahl
a-neue-output-kennzahl-b167d8c7 = New output indicator
# Noch keine Output-Kennzahlen. Ohne sie beruht die Bewertung der Maßnahme allein auf dem gemeldeten Fortschritt.
a-noch-keine-output-kennzahlen-02497074 = No output indicators yet. Without them the measure is rated only by the progress reported.
# Outcome: was sich für die Zielgruppen ändert; Impact: was sich im Landkreis insgesamt ändert. Output-Kennzahlen gehören zu einer Maßnahme und werden dort angelegt.
a-outcome-was-sich-fuer-aa64b50f = Outcome: what changes for the target groups; impact: what changes in the county as a whole. Output indicators belong to a measure and are created there.
# Output-Kennzahl
a-output-kennzahl-898d3fd6 = Output indicator
# Output-Kennzahl: { $v1 }
a-output-kennzahl-v1-bccc456b = Output indicator: { $v1 }
# Output-Kennzahlen der Maßnahme mit Zielwert und zuletzt gemeldetem Stand
a-output-kennzahlen-der-massnahme-14b9e6d1 = The measure's output indicators with target and latest reported value
# Outputs
a-outputs-bb2c01f5 = Outputs
# Was die Maßnahme in ihrer Laufzeit hervorbringen soll – gezählt, nicht geschätzt. Die Meldungen zum Sachstand nennen dann die bisher erreichte Summe; daraus ergibt sich die Bewertung der Maßnahme.
a-was-die-massnahme-in-86efef3e = What the measure is to produce over its period – counted, not estimated. Progress reports then give the total reached so far; the measure's rating follows from it.
# Was gezählt wird
a-was-gezaehlt-wird-0647571d = What is counted
# Wirkungsebene
a-wirkungsebene-8482bd62 = Level of effect
# Zielwert bis zum Ende der Maßnahme
a-zielwert-bis-zum-ende-389eff11 = Target by the end of the measure
# Zuletzt gemeldet
a-zuletzt-gemeldet-cd7de716 = Last reported
# am
a-am-4024f153 = on
# den Zielwert
a-den-zielwert-f5a52f26 = the target
# den erreichten Wert
a-den-erreichten-wert-2333f89d = the value reached
# deutlich im Rückstand
a-deutlich-im-rueckstand-e56ce8a4 = far behind
# im Plan
a-im-plan-ba8aea5e = on track
# im Rückstand
a-im-rueckstand-788b7f4c = behind
# noch nichts gemeldet (Ziel { $v1 })
a-noch-nichts-gemeldet-ziel-fa670177 = nothing reported yet (target { $v1 })
# was gezählt wird (z. B. Sprachkurse durchgeführt)
a-was-gezaehlt-wird-z-4f05970a = what is counted (e.g. language courses held)
# z. B. Kurse, Personen
a-z-b-kurse-personen-bce2fae7 = e.g. courses, persons
# z. B. „Sprachkurse durchgeführt“ oder „Personen beraten“
a-z-b-sprachkurse-durchgefuehrt-0b45346c = e.g. “language courses held” or “persons advised”
# { $v1 } % der Output-Ziele erreicht bei { $v2 } % vergangener Laufzeit – { $verdict }
a-v1-der-output-ziele-877351b4 = { $v1 } % of the output targets reached with { $v2 } % of the period gone – { $verdict }
# { $v1 } von { $v2 }
a-v1-von-v2-3f4b9225 = { $v1 } of { $v2 }
# „{ $id }“ ist keine Nummer einer Output-Kennzahl.
a-id-ist-keine-nummer-5d067962 = “{ $id }” is not the number of an output indicator.
# Maßnahmen mit Output-Kennzahlen, was gemeldet ist und die Bewertung daraus
a-massnahmen-mit-output-kennzahlen-e0f05a54 = Measures with output indicators, what has been reported and the rating from it
# Noch keine Maßnahme hat Output-Kennzahlen.
a-noch-keine-massnahme-hat-fa300d09 = No measure has output indicators yet.
# Outputs der Maßnahmen
a-outputs-der-massnahmen-42eb3153 = Outputs of the measures
# Abgleich mit den Gemeinden
a-abgleich-mit-den-gemeinden-832deea5 = Alignment with the municipalities
# Aufgabenteilung bearbeiten
a-aufgabenteilung-bearbeiten-a4ecfa6b = Edit the split of tasks
# Aufgabenteilung: { $v1 } und { $v2 }
a-aufgabenteilung-v1-und-v2-49025368 = Split of tasks: { $v1 } and { $v2 }
# Die Gemeinde hat noch kein Konzept angelegt.
a-die-gemeinde-hat-noch-36abccc5 = The municipality has not created a concept yet.
# Die Maßnahmen des Landkreises neben denen der Gemeinden in seinem Gebiet, Handlungsfeld neben Handlungsfeld. Als mögliche Doppelung markiert ist ein Paar, das dieselbe Zielgruppe erreicht und in Titel und Beschreibung mindestens drei Wortstämme teilt – zum Prüfen, nicht als Urteil.
a-die-massnahmen-des-landkreises-ef3b56d4 = The county's measures beside those of the municipalities in its area, field of action beside field of action. A pair is marked as a possible duplicate when it reaches the same target group and shares at least three word stems in title and description – to be checked, not a verdict.
# Gemeinsame Wortstämme
a-gemeinsame-wortstaemme-b9b76f23 = Shared word stems
# Gemeinsame Zielgruppen
a-gemeinsame-zielgruppen-115ef16d = Shared target groups
# Handlungsfelder nebeneinander
a-handlungsfelder-nebeneinander-2355aa73 = Fields of action side by side
# Handlungsfelder und Maßnahmen von Landkreis und Gemeinde nebeneinander
a-handlungsfelder-und-massnahmen-474dcf44 = Fields of action and measures of county and municipality side by side
# Im Gebiet dieser Körperschaft ist keine Gemeinde mit eigenem Konzept angelegt.
a-im-gebiet-dieser-koerperschaft-82374dc1 = No municipality with a concept of its own has been created in this body's area.
# Keine Maßnahmen mit derselben Zielgruppe und denselben Worten gefunden.
a-keine-massnahmen-mit-derselben-7ce86123 = No measures with the same target group and the same words found.
# Konzept der Gemeinde
a-konzept-der-gemeinde-3b70148d = The municipality's concept
# Konzept des Landkreises
a-konzept-des-landkreises-613dde51 = The county's concept
# Leer lassen, um die Notiz zu entfernen.
a-leer-lassen-um-die-8c9b96ff = Leave empty to remove the note.
# Maßnahme der Gemeinde
a-massnahme-der-gemeinde-c3d33bad = Measure of the municipality
# Maßnahme des Landkreises
a-massnahme-des-landkreises-d8cdc4f1 = Measure of the county
# Mögliche Doppelungen
a-moegliche-doppelungen-286b8952 = Possible duplicates
# Noch nichts notiert.
a-noch-nichts-notiert-4a32db39 = Nothing noted yet.
# Paare von Maßnahmen, die sich doppeln könnten, mit den Gründen
a-paare-von-massnahmen-die-e72410d2 = Pairs of measures that may duplicate each other, with the reasons
# Vereinbarte Aufgabenteilung
a-vereinbarte-aufgabenteilung-04987e39 = Agreed split of tasks
# Was Landkreis und Gemeinde vereinbart haben, wer welche Aufgaben übernimmt – etwa in einer gemeinsamen Kommission. Steht auf der Abgleichsseite neben den Maßnahmen.
a-was-landkreis-und-gemeinde-015530b3 = What county and municipality agreed on who takes on which tasks – in a joint commission, say. Shown on the alignment page beside the measures.
# maßnahm
a-massnahm-298a9bef = maßnahm
# { $v1 } liegt nicht im Gebiet von { $v2 }.
a-v1-liegt-nicht-im-d00a9446 = { $v1 } does not lie within { $v2 }.

# Anteil der Antworten { $v1 } auf Frage „{ $v2 }“ (gewichtet)
a-anteil-der-antworten-v1-f7b34376 = Share of answers { $v1 } to question “{ $v2 }” (weighted)

# Benötigte Tabellen
a-benoetigte-tabellen-08566d8b = Tables needed

# Berechnung
a-berechnung-4575e2b0 = Calculation

# Daten
a-daten-79cb2d35 = Data

# Diese Maßnahme gehört nicht zu diesem Konzept.
a-diese-massnahme-gehoert-nicht-ff245a38 = This measure does not belong to this concept.

# Dieses Ziel hat keine Zielgröße; die Annahme gehört zur Verbindung von Ziel und Indikator.
a-dieses-ziel-hat-keine-8a729f7c = This goal has no indicator target; the assumption belongs to the link between goal and indicator.

# Ein Anteil wird über die Antworten einer Frage gebildet, nicht über eine Matrixzeile; für Matrixzeilen survey_mean(frage.zeile).
a-ein-anteil-wird-ueber-dd38bf86 = A share is taken over the answers to a question, not a matrix row; for matrix rows use survey_mean(question.row).

# Ein Indikator wird aus den importierten Merkmalen berechnet, je Gebiet und Zeitpunkt (Zeichen der amtlichen Statistik werden mitgeführt), oder aus den abgeschlossenen Befragungen der Körperschaft, je Befragung gewichtet wie auf ihrer Ergebnisseite.
a-ein-indikator-wird-aus-9d751678 = An indicator is computed from the imported variables, per area and point in time (the symbols of official statistics are carried along), or from the body's completed surveys, one value per survey weighted as on its results page.

# Ein Mittelwert zählt keine Antworten: { $MEAN }({ $question }) ohne Doppelpunkt.
a-ein-mittelwert-zaehlt-keine-11ecc17d = A mean counts no answers: { $MEAN }({ $question }) without a colon.

# Eine Befragungs-Kennzahl beginnt mit { $SHARE }( oder { $MEAN }(.
a-eine-befragungs-kennzahl-beginnt-ec55d2ed = A survey indicator starts with { $SHARE }( or { $MEAN }(.

# Indikatoren des Länder-Integrationsmonitorings
a-indikatoren-des-laender-integrationsmonitorings-5f6f0f04 = Indicators of the Länder integration monitoring

# Indikatoren nach dem Integrationsmonitoring der Länder, soweit die amtlichen Tabellen sie auf Kreis- oder Landesebene hergeben, mit den Tabellen, die sie brauchen. Übernommene Indikatoren stehen im Katalog der Körperschaft und können dort bearbeitet werden. Tabellen werden unter „Statistik importieren“ geladen.
a-indikatoren-nach-dem-integrationsmonitoring-21057604 = Indicators after the Länder integration monitoring, as far as official tables provide them at district or state level, with the tables they need. Adopted indicators are in the body's catalogue and can be edited there. Tables are loaded under “Import statistics”.

# Katalog
a-katalog-d5d43710 = Catalogue

# Mittelwert der Frage „{ $v1 }“ (gewichtet)
a-mittelwert-der-frage-v1-f507eaf8 = Mean of question “{ $v1 }” (weighted)

# Mittelwert der Zeile „{ $i }“ der Frage „{ $v1 }“ (gewichtet)
a-mittelwert-der-zeile-i-15f4a0a7 = Mean of row “{ $i }” of question “{ $v1 }” (weighted)

# Nach dem Doppelpunkt die gezählten Antworten nennen, z. B. { $SHARE }({ $question }: 4, 5).
a-nach-dem-doppelpunkt-die-94c04c6c = Name the answers counted after the colon, e.g. { $SHARE }({ $question }: 4, 5).

# Nach { $name } folgt der Fragecode in Klammern, z. B. { $name }(frage…).
a-nach-name-folgt-der-2fd9aa5a = { $name } is followed by the question code in brackets, e.g. { $name }(question…).

# Wirkungsannahme einer Maßnahme
a-wirkungsannahme-einer-massnahme-f1be4317 = Impact assumption of a measure

# Wirkungskette
a-wirkungskette-e1a07206 = Impact chain

# fehlt noch
a-fehlt-noch-4c5e73c0 = still missing

# im Katalog
a-im-katalog-7a824714 = in the catalogue

# importiert
a-importiert-09c2edf8 = imported

# { $v1 } – Tabellen { $v2 }
a-v1-tabellen-v2-e778526e = { $v1 } – tables { $v2 }

# Über Merkmale der importierten Statistik, z. B. 100 * ERW032[NAT=NATA] / ERW032 oder 1000 * sum(BEV030[SCHST2=SCHUTZST-AK-1]) / BEVSTD; aus eigenen Befragungen survey_share(frage: 4, 5) für den gewichteten Anteil der Antworten 4 und 5 oder survey_mean(frage) für den gewichteten Mittelwert.
a-ueber-merkmale-der-importierten-946c5174 = Over variables of the imported statistics, e.g. 100 * ERW032[NAT=NATA] / ERW032 or 1000 * sum(BEV030[SCHST2=SCHUTZST-AK-1]) / BEVSTD; from the body's own surveys survey_share(question: 4, 5) for the weighted share of answers 4 and 5 or survey_mean(question) for the weighted mean.

# Übernehmen
a-uebernehmen-47c9241e = Adopt

# „{ $bad }“ ist kein Antwortcode.
a-bad-ist-kein-antwortcode-7ea1b4b5 = “{ $bad }” is not an answer code.

# „{ $i }“ ist kein Code einer Zeile der Matrixfrage.
a-i-ist-kein-code-99a9d37d = “{ $i }” is not the code of a row of the matrix question.

# „{ $question }“ ist kein Fragecode (Buchstaben, Ziffern, _ und -, wie im Fragebogen).
a-question-ist-kein-fragecode-51da8452 = “{ $question }” is not a question code (letters, digits, _ and -, as in the questionnaire).

# Annahme: warum der Indikator das Ziel misst
a-annahme-warum-der-indikator-f373381f = Assumption: why the indicator measures the goal

# Annahme: warum die Maßnahme dem Ziel dient
a-annahme-warum-die-massnahme-f4da4bd6 = Assumption: why the measure serves the goal

# Bitte höchstens 2.000 Zeichen.
a-bitte-hoechstens-2-000-2e9b083c = Please use at most 2,000 characters.

# Die Kreise, mit denen sich die Körperschaft vergleicht – etwa Nachbarkreise oder die Kreise eines Netzwerks. Die Vergleichsseite jedes Indikators zeigt den Rang in dieser Gruppe neben den Gruppen nach Land und nach Art und Größe. Ohne Eintrag gibt es keine eigene Gruppe.
a-die-kreise-mit-denen-d3eeb7f0 = The districts the body compares itself with – neighbouring districts, say, or those of a network. Every indicator's comparison page shows the rank in this group beside the groups by state and by type and size. Without entries there is no group of its own.

# Ein Kreis je Zeile: der amtliche Schlüssel (03151) oder der Name wie im Gemeindeverzeichnis (Gifhorn).
a-ein-kreis-je-zeile-fb4e91bb = One district per line: the official key (03151) or the name as in the municipality directory (Gifhorn).

# Kreise
a-kreise-2415f08a = Districts

# Vergleichsgruppe
a-vergleichsgruppe-b316c60a = Comparison group

# Vergleichsgruppe von { $v1 }
a-vergleichsgruppe-von-v1-0dcf9b06 = Comparison group of { $v1 }

# Wirkungskette im Portal ansehen
a-wirkungskette-im-portal-ansehen-42f60adc = View the impact chain in the portal

# Zeile { $v1 }: „{ $line }“ ist kein Kreis (Schlüssel wie 03151 oder Name wie im Gemeindeverzeichnis).
a-zeile-v1-line-ist-914d8328 = Line { $v1 }: “{ $line }” is not a district (a key such as 03151 or a name as in the municipality directory).

# Zeile { $v1 }: „{ $line }“ ist mehrdeutig; bitte den Schlüssel angeben.
a-zeile-v1-line-ist-ffc2b7e5 = Line { $v1 }: “{ $line }” is ambiguous; please give the key.

# Zu jeder Verbindung der Kette die Annahme, auf der sie beruht: warum eine Maßnahme ihrem Ziel dient, und warum der Indikator zeigt, ob das Ziel erreicht wird. Leere Felder entfernen eine Annahme.
a-zu-jeder-verbindung-der-be61f803 = For each link of the chain, the assumption it rests on: why a measure serves its goal, and why the indicator shows whether the goal is reached. Empty fields remove an assumption.

# „{ $k }“ ist kein Kreis.
a-k-ist-kein-kreis-63880bd7 = “{ $k }” is not a district.

# „{ $v1 }“ ist kein Indikator des Katalogs.
a-v1-ist-kein-indikator-696678e4 = “{ $v1 }” is not an indicator of the catalogue.

# Erlaubt: county, municipality.
a-erlaubt-county-municipality-9e2b8534 = Allowed: county, municipality.

# „{ $v1 }“ liegt nicht im Verhältnis Kreis–Gemeinde zu „{ $key }“.
a-v1-liegt-nicht-im-74a849a4 = “{ $v1 }” is not in a county–municipality relation to “{ $key }”.

# Datenbank ist neuer als dieses Programm (Migration { $v } { $d })
a-datenbank-ist-neuer-als-c959e9e9 = The database is newer than this program (migration { $v } { $d })

# Datenbank nicht erreichbar: { $e }
a-datenbank-nicht-erreichbar-e-3fa0d1dd = Database not reachable: { $e }

# Migration { $v } { $d } steht noch aus
a-migration-v-d-steht-a5b4e256 = Migration { $v } { $d } is still pending
# Die Sprache „{ $v1 }“ { $what }.
a-die-sprache-v1-what-0440ce40 = The language “{ $v1 }” { $what }.
# Die Sprachen sind in diesem Prozess schon anders eingestellt.
a-die-sprachen-sind-in-f5d6aadb = The languages of this process are already configured otherwise.
# ist eingebaut
a-ist-eingebaut-80babf17 = is built in
# steht zweimal in der Einstellung
a-steht-zweimal-in-der-0cf3b336 = is configured twice
# „{ $code }“ ist kein Sprachcode (zwei oder drei Kleinbuchstaben wie pl oder ckb, ggf. mit Region wie pt-BR).
a-code-ist-kein-sprachcode-e3a68286 = “{ $code }” is not a language code (two or three lower-case letters such as pl or ckb, possibly with a region such as pt-BR).
# „{ $line }“: der Name der Sprache und ihr deutscher Name dürfen nicht leer sein.
a-line-der-name-der-0b0ad99d = “{ $line }”: the language's name and its German name must not be empty.
# „{ $line }“: die Schreibrichtung ist rtl oder ltr, nicht „{ $d }“.
a-line-die-schreibrichtung-ist-0f931e9f = “{ $line }”: the direction is rtl or ltr, not “{ $d }”.
# „{ $line }“: erwartet wird Code:Name:deutscher Name, bei Schrift von rechts nach links mit :rtl (z. B. pl:Polski:Polnisch).
a-line-erwartet-wird-code-27e981aa = “{ $line }”: expected is code:name:German name, with :rtl for a right-to-left script (e.g. pl:Polski:Polnisch).
# „{ $v1 }“ ist vergeben (Leichte Sprache) und kann keine Sprache sein.
a-v1-ist-vergeben-leichte-5226c2cf = “{ $v1 }” is taken (Leichte Sprache, Easy German) and cannot be a language.
