# Teilhabe: die Wörter des öffentlichen Portals und des Rahmens jeder Seite (Deutsch, die
# Quelle aller Übersetzungen). Die Bezeichnungen der Wertelisten (Status, Arten) stehen im
# Deutschen bei den Wertelisten selbst; die anderen Sprachen übersetzen sie hier.

## Rahmen
skip-link = Zum Inhalt springen
brand-tagline = Integration steuern
nav-main = Hauptnavigation
nav-concepts = Integrationskonzepte
nav-admin = Verwaltung
nav-account = Konto: { $name }
nav-logout = Abmelden
nav-login = Anmelden
nav-languages = Sprache wählen
nav-breadcrumbs = Brotkrumennavigation
crumb-start = Start
footer-about = Teilhabe – das offene Steuerungsinstrument für kommunale Integrationsarbeit.
footer-accessibility = Erklärung zur Barrierefreiheit
page-german-only = Diese Seite gibt es bisher nur auf Deutsch.

## Gemeinsame Bezeichnungen
label-status = Status
label-lead = Federführung
label-period = Zeitraum
label-progress = Fortschritt
label-internal = nicht öffentlich
col-title = Titel
col-kind = Art
col-version = Fassung
col-adopted = Beschlossen am
col-number = Nr.
col-measure = Maßnahme
col-year = Jahr
col-amount = Betrag
col-own-share = Eigenanteil
col-total = Summe
col-date = Datum
col-spent = Ausgaben
period-from = ab
period-until = bis
period-open = offen
target-no-data = keine Daten

## Startseite
index-title = Integrationskonzepte
index-lead = Leitbilder, Handlungsfelder, Ziele und Maßnahmen der Integrationsarbeit in Kreisen, Städten und Gemeinden – und wie weit sie umgesetzt sind.
index-empty = Es ist noch keine Körperschaft angelegt. Die erste lässt sich hier anlegen:
index-no-concept = Noch kein Konzept veröffentlicht.

## Körperschaft
body-key = Amtlicher Schlüssel { $key }
body-website = Website
body-search-label = Suche in Konzept, Maßnahmen, Vorlagen, Sitzungen, Beteiligung und Indikatoren
body-current = Gültige Fassung
body-no-concept = Es gibt noch keine Fassung eines Integrationskonzepts.
body-versions = Alle Fassungen
body-versions-none = Keine.
body-versions-caption = Fassungen von Leitbild und Integrationskonzept
body-council = Gremienarbeit
body-meetings = Sitzungen
body-meetings-text = mit Tagesordnungen, Ergebnissen und Abstimmungen
body-papers = Vorlagen
body-papers-text = mit Beratungsfolge
body-accessibility = Erklärung zur Barrierefreiheit und Kontakt für Hinweise auf Barrieren
body-participation = Beteiligung
body-process = Beteiligungsprozess
body-process-text = wo die Erarbeitung des Konzepts steht, welche Formate es gab, wer erreicht wurde und was aus jedem Beitrag wurde.
body-surveys = Befragungen
body-surveys-text = laufende Befragungen beantworten, ohne Anmeldung und in mehreren Sprachen; Ergebnisse abgeschlossener Befragungen.
body-monitoring = Integrationsmonitoring
body-monitoring-link = Kennzahlen der amtlichen Statistik
body-monitoring-text = im Vergleich mit Land und Bund, mit Zeitreihen und Gemeindevergleich.
body-actors = Beteiligte

## Konzept
concept-adopted-on = beschlossen am { $date }
concept-paper = Vorlage
concept-superseded-by = Diese Fassung wurde abgelöst durch:
concept-supersedes = Diese Fassung löst ab:
concept-contents = Inhalt
concept-leitbild = Leitbild
concept-fields = Handlungsfelder und Maßnahmen
concept-measure-count = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}
concept-goal = Ziel
concept-target-note = Zielwert
concept-target = Zielgröße
concept-target-by = { $target } bis { $year }
concept-target-current = aktuell
concept-no-measures = Noch keine Maßnahmen.
concept-measures-for = Maßnahmen zum Ziel

## Maßnahme
measure-field = Handlungsfeld
measure-internal = Nicht öffentlich: Sie sehen diese Maßnahme, weil Ihr Konto nicht-öffentliche Einträge dieser Körperschaft lesen darf.
measure-partners = Partner
measure-contact = Ansprechperson
measure-groups = Zielgruppen
measure-scope = Gebiet
measure-priority = Priorität
measure-funding = Finanzierung
measure-no-budget = Für diese Maßnahme sind keine eigenen Mittel veranschlagt.
measure-budget-caption = Mittel nach Haushaltsjahr
measure-spent-so-far = gemeldete Ausgaben bisher: { $amount }
measure-state = Aktueller Sachstand
measure-state-short = Sachstand
measure-reported = Gemeldet am { $date } von { $reporter }
measure-no-report = Es liegt noch keine Sachstandsmeldung vor.
measure-history = Verlauf
measure-history-caption = Alle Sachstandsmeldungen, neueste zuerst
measure-back = Zurück zum Maßnahmenplan
measure-origins = Aus der Beteiligung
measure-origins-text = Diese Maßnahme greift Beiträge aus dem Beteiligungsprozess auf:

## Suche
search-title = Suche
search-title-for = Suche nach „{ $query }“
search-scope = Integrationskonzept, Maßnahmen, Vorlagen, Sitzungen, Beteiligung und Indikatoren
search-term = Suchbegriff
search-hint = Gefunden werden auch gebeugte Formen und zusammengesetzte Wörter: „Sprachkurs“ findet „Sprachkurse“ und „Sprachkursangebot“. Mehrere Wörter müssen alle vorkommen.
search-all-kinds = Alles
search-all-fields = Alle Handlungsfelder
search-submit = Suchen
search-hits = { $count ->
    [0] Keine Treffer
    [one] 1 Treffer
   *[other] { $count } Treffer
} für „{ $query }“
search-none-hint = Versuchen Sie ein anderes oder kürzeres Wort, oder suchen Sie in allen Arten und Handlungsfeldern.
search-pages = Seiten der Trefferliste
search-previous = Vorige Seite
search-next = Nächste Seite
search-unknown-kind = Die Art „{ $kind }“ gibt es nicht; gesucht wurde in allem.
search-unknown-field = Dieses Handlungsfeld gibt es nicht; gesucht wurde in allen.
