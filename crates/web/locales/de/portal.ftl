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
body-opendata = Offene Daten (DCAT-AP.de)
body-opendata-text = der Katalog der öffentlichen Datensätze – Maßnahmenplan, Indikatoren, Befragungsergebnisse, Beschlüsse, Sitzungen – für GovData und andere Datenportale.
body-actors = Beteiligte

## Konzept
concept-adopted-on = beschlossen am { $date }
concept-paper = Vorlage
concept-superseded-by = Diese Fassung wurde abgelöst durch:
concept-supersedes = Diese Fassung löst ab:
concept-contents = Inhalt
concept-leitbild = Leitbild
concept-print = Druckfassung als PDF (barrierefrei, mit QR-Codes zu den Seiten hier; auf Deutsch)
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
measure-outputs = Was die Maßnahme hervorbringt
measure-outputs-caption = Output-Kennzahlen mit Zielwert und zuletzt gemeldetem Stand
col-output = Output
col-output-target = Ziel
col-output-reached = Erreicht
col-output-reported-on = gemeldet am
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

## Sitzungen und Vorlagen
papers-none = Es sind keine öffentlichen Vorlagen eingetragen.
papers-caption = Öffentliche Vorlagen
paper-reference = Drucksache
paper-subject = Betreff
paper-internal = Nicht öffentlich: Sie sehen diese Vorlage, weil Ihr Konto nicht-öffentliche Unterlagen dieser Körperschaft lesen darf. Nicht weitergeben.
paper-submitter = Einreicher
paper-editor = Bearbeitung
paper-concerns = Betrifft
paper-measures = Maßnahmen
paper-consultations = Beratungsfolge
paper-no-consultation = Noch keine Beratung vorgesehen.
paper-consultations-caption = Beratungsfolge mit Ergebnissen und Abstimmungen
paper-role = Rolle
paper-meeting = Sitzung
paper-authoritative = entscheidend
paper-no-meeting = keine Sitzung eingetragen
paper-proposal = Beschlussvorschlag
paper-reasoning = Sachverhalt
paper-files = Anlagen
meeting-files = Unterlagen der Sitzung
meeting-file-item = TOP { $number }
paper-finance = Finanzielle Auswirkungen
finance-note = Hinweis
finance-total = Gesamtkosten
finance-revenue = Einnahmen
finance-grants = Zuschüsse und Beiträge
finance-year = Haushaltsjahr
finance-spending = Ausgabe
finance-overplanned = überplanmäßig
finance-unplanned = außerplanmäßig
finance-line = Haushaltsstelle
meetings-none = Es sind keine Sitzungen eingetragen.
meetings-caption = Sitzungen { $year }
meetings-calendar = Kalender abonnieren
meetings-calendar-text = Die Sitzungstermine eines Gremiums als Kalenderdatei (iCalendar) für Outlook, Thunderbird oder das Smartphone:
meeting-time = Zeit
meeting-organization = Gremium
meeting-place = Ort
meeting-cancelled-short = abgesagt
meeting-cancelled = Diese Sitzung wurde abgesagt.
meeting-state = Stand
meeting-note = Hinweis
meeting-agenda = Tagesordnung
meeting-no-agenda = Keine Tagesordnung veröffentlicht.
meeting-agenda-caption = Tagesordnungspunkte mit Ergebnis
meeting-item = TOP
meeting-subject = Gegenstand
meeting-result = Ergebnis
meeting-votes = Abstimmung
meeting-all = Alle Sitzungen
votes-yes = Ja: { $n }
votes-no = Nein: { $n }
votes-abstain = Enthaltungen: { $n }
votes-conflicted = befangen: { $n }
votes-separator = { ", " }
votes-unanimous = einstimmig ({ $counts })
votes-unanimous-only = einstimmig
time-range = { $from } – { $to } Uhr
time-at = { $time } Uhr
weekday-0 = Mo
weekday-1 = Di
weekday-2 = Mi
weekday-3 = Do
weekday-4 = Fr
weekday-5 = Sa
weekday-6 = So

## Beteiligung
participation-none = Es ist noch kein Beteiligungsprozess eingetragen.
participation-for = Für
participation-today = Stand heute
participation-phases = Phasen
participation-current-phase = aktuelle Phase
participation-reached = Wer wurde wie oft erreicht?
participation-structure = Beteiligungsstruktur
participation-structure-caption = Beteiligungsstruktur nach Format
participation-format = Format
participation-dates = Termine
participation-dates-caption = Termine der Beteiligung
participation-participants = Teilnehmende
participation-groups-reached = Erreichte Zielgruppen
participation-contributions = Beiträge
participation-taken = { $count } in Maßnahmen aufgenommen
participation-not-taken = { $count } nicht aufgenommen (mit Begründung)
participation-open = { $count } noch offen
participation-chart-title = Teilnehmende je Format
participation-uptake = Was aus den Beiträgen wurde
participation-uptake-note = Der Anteil bezieht sich auf die Beiträge, über die schon entschieden ist; offene zählen nicht mit.
participation-uptake-by-format = Aufgenommene Beiträge nach Format
participation-uptake-by-group = Aufgenommene Beiträge nach Zielgruppe
participation-group = Zielgruppe
participation-uptake-taken = aufgenommen
participation-uptake-not-taken = nicht aufgenommen
participation-uptake-share = Anteil aufgenommen
participation-formats = Formate
event-internal = Nicht öffentlich: Sie sehen dieses Beteiligungsformat, weil Ihr Konto nicht-öffentliche Einträge dieser Körperschaft lesen darf.
event-organizer = Veranstaltet von
event-languages = Sprachen
event-documentation = Dokumentation
event-fate = Was aus den Beiträgen wurde
event-no-contributions = Zu diesem Termin sind keine öffentlichen Beiträge eingetragen.
event-group = Zielgruppe
event-taken-in = in
event-back = Zur Übersicht der Beteiligung

## Monitoring und Befragungen
monitoring-lead = Kennzahlen der amtlichen Statistik für { $body }, verglichen mit dem Land und Deutschland. Jeder Indikator hat eine eigene Seite mit Zeitreihe, Vergleich der Gemeinden und Daten zum Herunterladen.
monitoring-none = Es sind noch keine Indikatoren angelegt.
monitoring-caption = Indikatoren, jeweils zum letzten verfügbaren Zeitpunkt
monitoring-indicator = Indikator
monitoring-period = Zeitpunkt
monitoring-unit = Einheit
monitoring-symbols = Zeichenerklärung
monitoring-no-data = keine Daten vorhanden
monitoring-no-data-yet = noch keine Daten
monitoring-source = Quelle: Statistische Ämter des Bundes und der Länder, Datenlizenz Deutschland – Namensnennung – Version 2.0; eigene Berechnungen.
indicator-direction = Wertung
indicator-source = Quelle
indicator-formula = Berechnung
indicator-no-data = Für diesen Indikator sind noch keine Daten importiert.
indicator-chart-note = Die Linien unterscheiden sich in Farbe, Strichart und Punktform; alle Werte stehen in der Tabelle.
indicator-by-period = nach Zeitpunkt
indicator-download = Daten herunterladen (alle Gebiete und Zeitpunkte)
indicator-areas = Gemeinden und Planungsräume
indicator-by-area = nach Gemeinde und Planungsraum
indicator-area = Gebiet
indicator-value = Wert
indicator-compared = Gemeinden im Vergleich
indicator-areas-short = Gebiete
surveys-none = Zurzeit gibt es keine Befragungen.
surveys-open = Läuft – Antworten sind möglich
surveys-closed = Abgeschlossen
surveys-results = Ergebnisse

## Anmeldung und Fehler
login-lead = Für die Verwaltung, für Berichte zu Ihren Maßnahmen und für nicht-öffentliche Sitzungsunterlagen melden Sie sich mit Ihrem Konto an. Konten richtet die Koordination Ihrer Körperschaft ein.
login-failed = Anmeldung nicht möglich
login-name = Anmeldename
login-password = Passwort
login-sso = Mit dem Dienstkonto
login-sso-text = Wenn Ihre Verwaltung die zentrale Anmeldung (Single Sign-on) nutzt, melden Sie sich dort an; Ihr Konto hier muss es schon geben.
login-sso-button = Mit dem Dienstkonto anmelden
login-missing = Bitte Anmeldename und Passwort eingeben.
login-refused = Anmeldename oder Passwort stimmen nicht.
login-locked = Zu viele Fehlversuche. Bitte in { $seconds } Sekunden noch einmal versuchen.
error-not-found = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht wurde der Eintrag gelöscht oder die Adresse ist unvollständig.
error-forbidden = Kein Zugriff
error-forbidden-text = Ihr Konto hat für diese Seite keine Berechtigung. Wenden Sie sich an die Koordination Ihrer Körperschaft, wenn Sie sie brauchen.
error-refused = Das geht so nicht
error-internal = Ein Fehler ist aufgetreten
error-internal-text = Die Anfrage konnte nicht bearbeitet werden. Es wurde nichts verändert. Bitte später erneut versuchen.
error-home = Zur Startseite

## Erklärung zur Barrierefreiheit
a11y-intro-body = { $operator } ist bemüht, seine Seiten in diesem Portal im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Barrierefreiheitsgesetzen der Länder barrierefrei zugänglich zu machen. Diese Erklärung gilt für { $scope }.
a11y-intro-portal = Der Betreiber ist bemüht, dieses Portal im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Barrierefreiheitsgesetzen der Länder barrierefrei zugänglich zu machen. Diese Erklärung gilt für { $scope }.
a11y-scope-portal = alle öffentlichen Seiten dieses Portals
a11y-scope-body = die Seiten von { $name } unter { $path }
a11y-status-title = Stand der Vereinbarkeit mit den Anforderungen
a11y-status-text = Die Seiten sind mit den Anforderungen der BITV 2.0 und der harmonisierten Norm EN 301 549 (WCAG 2.1, Stufen A und AA) vereinbar:
a11y-status-partial = teilweise vereinbar.
a11y-gaps = Die folgenden Inhalte sind noch nicht barrierefrei:
a11y-gap-languages = Das öffentliche Portal gibt es in diesen Sprachen: { $languages }; die Texte der Einträge selbst (Konzepte, Maßnahmen, Vorlagen) sind erst zum Teil übersetzt – wo eine Übersetzung fehlt, steht der deutsche Text da und die Seite sagt es. Die Seiten der Verwaltung gibt es bisher nur auf Deutsch; die Ergebnisse von Befragungen zeigen die Fragen in den Sprachen der Befragung.
a11y-gap-easy = Leichte Sprache gibt es für die Zusammenfassung eines Konzepts und seine Handlungsfelder, soweit die Körperschaft sie geschrieben hat; für alle übrigen Texte noch nicht.
a11y-gap-files = Hochgeladene Anlagen (etwa PDF-Dateien von Vorlagen) stammen von den Verfassern und werden nicht auf Barrierefreiheit geprüft.
a11y-check-title = Wie die Barrierefreiheit geprüft wird
a11y-check-text = Jede Fassung der Software wird vor der Veröffentlichung automatisch geprüft: Das Werkzeug axe-core wertet jede Art von Seite in einem Browser nach den Regeln der WCAG 2.1 (A und AA) aus, auf Deutsch und auf Arabisch (von rechts nach links); allein mit der Tastatur wird gesucht, eine Maßnahme geöffnet, die Sprache gewechselt und eine Befragung mit Fehlern abgeschickt und berichtigt. Alle Seiten funktionieren ohne JavaScript; Diagramme haben eine Datentabelle; Ampeln und Zustände stehen auch als Text da. Diese Erklärung wurde am { $date } erstellt.
a11y-contact-title = Barrieren melden: Kontakt
a11y-contact-text = Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns bitte:
a11y-contact-answer = Wir antworten in der Regel innerhalb von zwei Wochen. Auf Wunsch stellen wir Ihnen nicht barrierefreie Inhalte in einer anderen Form zur Verfügung.
a11y-contact-none-body = Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Wenden Sie sich bitte an die Verwaltung der Körperschaft; die Kontaktadresse steht auf ihrer Website.
a11y-contact-none-portal = Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Wenden Sie sich bitte an die Verwaltung der Körperschaft, deren Seiten Sie lesen; die Kontaktadresse steht in der Erklärung auf den Seiten jeder Körperschaft.
a11y-arbitration-title = Schlichtungsverfahren
a11y-arbitration-text = Beantworten wir Ihre Meldung nicht oder nicht zufriedenstellend, können Sie sich an die Schlichtungs- beziehungsweise Durchsetzungsstelle Ihres Landes wenden; für Kreise, Städte und Gemeinden ist die Stelle des Landes zuständig, in dem sie liegen. Für Stellen des Bundes ist es die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes:
a11y-arbitration-free = Das Verfahren ist kostenlos; Sie brauchen keine Rechtsvertretung.

## Content translations
content-german-left = Nicht alle Texte dieser Seite sind schon übersetzt; die übrigen stehen auf Deutsch da.
easy-language-note = ein Text auf Deutsch in einfachen Sätzen
translation-outdated = Übersetzung nicht auf dem neuesten Stand

## Survey results
results-title = Ergebnisse:
results-responses = { $count ->
    [one] 1 Antwort.
   *[other] { $count } Antworten.
}
results-raked = Gewichtet auf die Bevölkerung (Raking, { $iterations } Durchläufe)
results-not-converged = nicht konvergiert
results-effective-n = effektive Fallzahl
results-design-effect = Designeffekt
results-weights-range = Gewichte von { $min } bis { $max }
results-failed = Ungewichtet: die Gewichtung ist fehlgeschlagen
results-unweighted = Ungewichtet (es sind keine Randverteilungen hinterlegt).
results-ci-note = In eckigen Klammern das 95-%-Konfidenzintervall. Ergebnisse für Gruppen mit weniger als { $min } Antworten werden nicht gezeigt (–).
results-breakdown = Aufschlüsseln nach
results-breakdown-none = – keine Aufschlüsselung –
results-show = Anzeigen
results-answered = { $count } haben geantwortet
results-by = aufgeschlüsselt nach
results-answer = Antwort
results-too-few = weniger als { $min } Antworten
results-hidden-beside = ausgeblendet, damit eine kleine Gruppe daneben nicht zurückgerechnet werden kann
results-total = Gesamt
results-mean = Mittelwert
results-unit-share = Anteil
results-unit-mean = Mittelwert
results-unit-text = Freitext
question-kind-single = Einfachauswahl
question-kind-multiple = Mehrfachauswahl
question-kind-likert = Skala
question-kind-number = Zahl
question-kind-text = Freitext
question-kind-matrix = Matrix

## Mails of controlling (reporting rounds, reminders, digests, milestones)

mail-hello = Guten Tag,
mail-footer = Diese Nachricht hat Teilhabe, das System zur Steuerung des Integrationskonzepts, automatisch versandt. Bitte antworten Sie nicht darauf.
mail-round-subject = Berichtsabfrage: { $round } (bis { $deadline })
mail-round-intro = die Koordination von { $body } bittet { $organization } bis zum { $deadline } um den Sachstand dieser Maßnahmen aus „{ $concept }“:
mail-round-link = Mit diesem persönlichen Link berichten Sie ohne Passwort; er gilt bis zum { $closes }:
mail-round-care = Bitte geben Sie den Link nur innerhalb Ihrer Organisation weiter. Wer ein Konto hat, kann sich auch anmelden und dort berichten.
mail-reminder-before-subject = Erinnerung: { $round } (bis { $deadline })
mail-reminder-before = die Frist der Berichtsabfrage „{ $round }“ endet am { $deadline }. Von { $organization } fehlt noch der Sachstand zu:
mail-reminder-after-subject = Frist abgelaufen: { $round }
mail-reminder-after = die Frist der Berichtsabfrage „{ $round }“ ist am { $deadline } abgelaufen. Von { $organization } fehlt noch der Sachstand zu:
mail-digest-subject = { $round }: { $answered } von { $total } Organisationen haben berichtet
mail-digest-intro = Stand der Berichtsabfrage „{ $round }“ von { $body } (Frist { $deadline }): { $answered } von { $total } Organisationen haben vollständig berichtet.
mail-digest-open = Noch nicht vollständig berichtet haben:
mail-digest-item = { $organization }: { $answered } von { $total ->
        [one] { $total } Maßnahme
       *[other] { $total } Maßnahmen
    }
mail-digest-link = Zur Übersicht der Abfrage (mit Anmeldung):
mail-milestone-subject = Meilenstein überfällig: { $milestone }
mail-milestone = der Meilenstein „{ $milestone }“ der Maßnahme „{ $measure }“ sollte bis zum { $due } erreicht sein. Ist er erreicht, tragen Sie bitte das Datum ein; sonst sprechen Sie bitte mit der Koordination von { $body }.
mail-milestone-link = Zu den Meilensteinen der Maßnahme (mit Anmeldung):
mail-returned-subject = Meldung zurückgegeben: { $measure }
mail-returned = die Koordination von { $body } hat die Sachstandsmeldung vom { $date } zur Maßnahme „{ $measure }“ zurückgegeben und bittet um eine neue Meldung. Ihre Begründung:
mail-returned-again = Sie können neu melden über den Link Ihrer Berichtsabfrage oder nach der Anmeldung hier:
mail-cycle-subject = Bericht an den Ausschuss fällig: { $title } ({ $due })
mail-cycle = der Bericht „{ $title }“ an { $committee } ist am { $due } fällig. Ist er erstattet, vermerken Sie es bitte in Teilhabe; dann rückt der nächste Termin vor.
mail-cycle-link = Zur Körperschaft (mit Anmeldung):

# Beschlussverfolgung
body-resolutions = Beschlussverfolgung
body-resolutions-text = was aus den Beschlüssen geworden ist
resolutions-intro = Was der Rat und seine Ausschüsse beschlossen, zur Prüfung gegeben oder zurückgestellt haben: wer es umsetzt, bis wann, wie weit es ist und welche Maßnahmen dazu gehören.
resolutions-none = Es sind keine öffentlichen Beschlüsse eingetragen.
resolutions-caption = Beschlüsse und ihr Stand, neueste zuerst
resolutions-download = Liste herunterladen
resolution-col-subject = Beschluss
resolution-col-decided = Beschlossen in
resolution-col-due = Frist
resolution-col-measures = Maßnahmen
resolution-overdue = Frist abgelaufen
resolution-done-on = erledigt am { $date }
resolution-deferred-until = zurückgestellt bis { $date }
resolution-kind-resolution = Beschluss
resolution-kind-review_request = Prüfauftrag
resolution-kind-deferral = zurückgestellte Angelegenheit
resolution-status-open = offen
resolution-status-in_progress = in Arbeit
resolution-status-done = erledigt
resolution-status-deferred = zurückgestellt
mail-resolution-due-subject = Frist abgelaufen: { $title }
mail-resolution-due = die Frist für „{ $title }“ ({ $decided }) ist am { $date } abgelaufen. In der Beschlussverfolgung von { $body } steht der Eintrag noch auf „{ $status }“. Bitte tragen Sie den Stand nach oder setzen Sie eine neue Frist.
mail-resolution-resubmission-subject = Wiedervorlage: { $title }
mail-resolution-resubmission = „{ $title }“ ({ $decided }) wurde bis zum { $date } zurückgestellt und ist jetzt wieder vorzulegen ({ $body }).
mail-resolution-link = Zum Eintrag (mit Anmeldung):

# Comparison of concept versions
compare-link = Was sich gegenüber dieser Fassung geändert hat
compare-title = Vergleich der Fassungen
compare-with = „{ $version }“ vergleichen mit
compare-show = Vergleich anzeigen
compare-none = Es gibt keine andere Fassung, mit der sich diese vergleichen ließe.
compare-intro = Was sich von { $old } zu { $new } geändert hat.
compare-older = Ältere Fassung
compare-newer = Neuere Fassung
compare-caption = Änderungen je Bestandteil
compare-col-kind = Bestandteil
compare-no-differences = Die beiden Fassungen unterscheiden sich nicht.
compare-added = neu
compare-changed = geändert
compare-moved = verschoben
compare-changed_and_moved = geändert und verschoben
compare-removed = entfallen
compare-kind-principle = Leitsätze
compare-kind-field = Handlungsfelder
compare-kind-goal = Ziele
compare-kind-measure = Maßnahmen
compare-moved-from = verschoben von „{ $from }“ nach „{ $to }“
compare-ended = beendet. Grund: { $reason }
compare-dropped = nicht weitergeführt
compare-removed-words = gestrichen:
compare-added-words = eingefügt:
compare-field-title = Titel
compare-field-text = Text
compare-field-description = Beschreibung
compare-field-target_note = Zielwert
compare-field-code = Nummer
compare-field-lead = Federführung
compare-field-period = Zeitraum
compare-field-scope = Gebiet
compare-field-priority = Priorität
measure-versions = Fassungen des Konzepts
measure-continues = Führt fort:
measure-continued-in = Fortgeführt in:
measure-history-across = Der Verlauf enthält auch die Sachstände aus den früheren Fassungen.
concept-consultation = Diese Fassung ist ein Entwurf in der Beteiligung: Sie kann vom { $from } bis zum { $until } kommentiert werden.

# Online consultation: comments on a draft and the mails that close the loop
comments-title = Kommentare zum Entwurf
comments-intro = Sie können den Entwurf als Ganzes oder einzelne Leitsätze, Handlungsfelder, Ziele und Maßnahmen kommentieren – ohne Konto und in Ihrer Sprache. Jeder Kommentar wird vor der Veröffentlichung gelesen; veröffentlichte Kommentare fließen als Beiträge in die Beteiligung ein.
comments-closed = Zu dieser Fassung können zurzeit keine Kommentare abgegeben werden: Sie ist nicht (mehr) in der Beteiligung.
comments-count = Veröffentlichte Kommentare: { $count }.
comments-to-draft = Zum Entwurf
comments-on = Kommentar vom { $date }
comments-merged = { $count ->
    [one] ein weiterer Kommentar sagte dasselbe
   *[other] { $count } weitere Kommentare sagten dasselbe
}
comments-write = Kommentar schreiben
comments-whole-draft = Der Entwurf insgesamt
comments-kind-principle = Leitsatz
comments-kind-field = Handlungsfeld
comments-kind-goal = Ziel
comments-kind-measure = Maßnahme
comments-errors = Bitte korrigieren Sie Ihre Angaben – der Kommentar wurde noch nicht gesendet
comments-form-hint = Ihr Kommentar wird nach der Prüfung ohne Namen veröffentlicht. Schreiben Sie bitte keine persönlichen Daten hinein.
comments-text = Ihr Kommentar
comments-required = Pflichtfeld
comments-text-hint = Mindestens 10, höchstens { $max } Zeichen.
comments-email = E-Mail-Adresse (freiwillig)
comments-email-hint = Nur wenn Sie erfahren möchten, was aus Ihrem Kommentar wird. Wir schicken Ihnen zuerst einen Link zur Bestätigung. Die Adresse wird nicht veröffentlicht und nach dem Beschluss des Konzepts gelöscht.
comments-leave-empty = Dieses Feld bitte leer lassen
comments-send = Kommentar senden
comments-back = Zurück zu den Kommentaren
comments-too-many = Von Ihrem Anschluss kamen in kurzer Zeit zu viele Kommentare. Bitte versuchen Sie es in { $minutes } Minuten noch einmal; Ihr Text ist unten erhalten.
comments-thanks = Vielen Dank für Ihren Kommentar
comments-thanks-moderation = Ihr Kommentar ist angekommen. Er wird gelesen und dann veröffentlicht; das kann einige Tage dauern.
comments-thanks-mail = Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie darin Ihre Adresse – sonst schreiben wir Ihnen nicht.
comments-confirm-title = E-Mail-Adresse bestätigen
comments-confirm-text = Bestätigen Sie hier, dass wir Ihnen schreiben dürfen, was aus Ihrem Kommentar wird und wann das Konzept beschlossen ist.
comments-confirm-button = Adresse bestätigen
comments-confirmed = Danke, Ihre Adresse ist bestätigt. Wir schreiben Ihnen, sobald über Ihren Kommentar entschieden ist.
comments-link-unknown = Dieser Link ist nicht (mehr) gültig. Vielleicht ist er abgelaufen oder die Adresse wurde gelöscht.
comments-unsubscribed-title = Abgemeldet
comments-unsubscribed = Ihre E-Mail-Adresse ist gelöscht. Sie bekommen zu diesem Kommentar keine Nachrichten mehr.
comments-unsubscribed-already = Diese Adresse war schon gelöscht.
comment-problem-too-short = Bitte schreiben Sie einen Kommentar (mindestens 10 Zeichen).
comment-problem-too-long = Der Kommentar ist zu lang (höchstens 4000 Zeichen).
comment-problem-too-many-links = Bitte höchstens zwei Links in einem Kommentar.
comment-problem-bad-characters = Der Text enthält Steuerzeichen. Bitte tippen Sie ihn neu ein.
comment-problem-no-target = Wozu ist der Kommentar? Bitte gehen Sie zurück zu den Kommentaren und wählen Sie dort einen Eintrag.
comment-problem-bad-address = Das ist keine gültige E-Mail-Adresse. Bitte prüfen Sie sie oder lassen Sie das Feld leer.
comment-problem-refused = Der Kommentar konnte nicht angenommen werden.
concept-comments-link = Kommentare zum Entwurf
mail-comment-confirm-subject = Bitte bestätigen Sie Ihre Adresse ({ $body })
mail-comment-confirm = Sie haben den Entwurf „{ $concept }“ kommentiert und möchten erfahren, was aus Ihrem Kommentar wird. Bitte bestätigen Sie Ihre Adresse über diesen Link:
mail-comment-confirm-ignore = Ohne Bestätigung schreiben wir Ihnen nicht und löschen die Adresse nach { $days } Tagen. Ihr Kommentar bleibt davon unberührt.
mail-comment-unsubscribe = Keine Nachrichten mehr? Ein Klick auf diesen Link löscht Ihre Adresse:
mail-comment-fate-subject = Ihr Kommentar zu „{ $concept }“
mail-comment-taken = Ihr Kommentar zum Entwurf „{ $concept }“ („{ $excerpt }“) wurde aufgenommen, in diese Maßnahmen:
mail-comment-not-taken = Ihr Kommentar zum Entwurf „{ $concept }“ („{ $excerpt }“) wurde geprüft, aber nicht in das Konzept aufgenommen.
mail-comment-rejected = Ihr Kommentar zum Entwurf „{ $concept }“ („{ $excerpt }“) wurde nicht veröffentlicht.
mail-comment-reason = Die Begründung:
mail-comment-adopted-subject = Beschlossen: { $concept }
mail-comment-adopted = das Konzept „{ $concept }“, das Sie kommentiert haben („{ $excerpt }“), wurde am { $date } beschlossen. Hier können Sie es lesen:
mail-comment-comments = Alle veröffentlichten Kommentare:

peers-title = { $indicator } im Vergleich mit anderen Kreisen
peers-link = Vergleich mit anderen Kreisen
peers-group-land = Unter den Kreisen in { $land }
peers-group-germany = Unter allen Kreisen in Deutschland
peers-group-similar = Unter Kreisen gleicher Art und ähnlicher Größe (zwei Drittel bis anderthalbfache Einwohnerzahl)
peers-group-chosen = In der eigenen Vergleichsgruppe der Körperschaft
peers-rank = Rang { $rank } von { $of }; vor { $ahead } % der anderen Kreise.
peers-no-value = Für diesen Kreis liegt kein Wert vor.
peers-missing = { $n } Kreise der Gruppe ohne Wert bleiben ohne Rang.
peers-none = Für diesen Indikator liegen keine Werte vor, die sich mit anderen Kreisen vergleichen lassen.
peers-intro = Stand { $period }; { $direction }. Rang 1 ist der beste Wert.
peers-col-rank = Rang
peers-col-region = Kreis
peers-self = dieser Kreis
peers-back = Zurück zum Indikator

## Survey indicators
survey-indicator-results = Ergebnisse der Befragungen
survey-indicator-note = Jede abgeschlossene Befragung, die diese Frage stellt, ergibt einen Wert für ihr Jahr: gewichtet wie auf der Ergebnisseite der Befragung, mit dem 95-%-Konfidenzintervall. Werte für weniger Antworten als die Mindestgruppe der Befragung werden nicht gezeigt (–).
survey-indicator-none = Noch keine abgeschlossene Befragung mit veröffentlichten Ergebnissen stellt diese Frage.
survey-indicator-by-survey = nach Befragung
survey-indicator-survey = Befragung
survey-indicator-year = Jahr
survey-indicator-ci = 95-%-Konfidenzintervall
survey-indicator-answered = Antworten

## Impact chain
chain-title = Wirkungskette
chain-link = Wirkungskette: von den Maßnahmen zu den Zielen
chain-intro = Je Handlungsfeld die Ziele mit dem Indikator, an dem sie gemessen werden, und die Maßnahmen, die ihnen dienen, mit ihren Outputs – zu jeder Verbindung die Annahme, auf der sie beruht.
chain-back = Zurück zum Konzept
chain-goal = Ziel
chain-no-goals = Keine Ziele in diesem Handlungsfeld.
chain-measured-by = Gemessen an
chain-target-label = Zielwert
chain-target = { $value } bis { $year }
chain-latest = Zuletzt
chain-assumption-indicator = Annahme
chain-assumption-measure = Annahme
chain-no-target = Für dieses Ziel ist noch kein Indikator festgelegt.
chain-measures = Maßnahmen für dieses Ziel
chain-no-measures = Keine Maßnahmen.
chain-non-public = nicht öffentlich
chain-outputs = Outputs
chain-no-outputs = Keine Output-Kennzahlen festgelegt.
chain-rating = { $reached } % der Output-Ziele erreicht bei { $elapsed } % vergangener Laufzeit
chain-on-track = im Plan
chain-behind = im Rückstand
chain-far-behind = deutlich im Rückstand
chain-level-outcome = Outcome: Wirkung bei den Zielgruppen
chain-level-impact = Impact: Wirkung in der Kommune insgesamt

## Survey frame (buttons, hints and errors around a public survey)
survey-language = Sprache
survey-required = Pflichtfrage
survey-submit = Antworten absenden
survey-errors-title = Bitte prüfen Sie diese Angaben – gespeichert wurde noch nichts
survey-required-missing = Bitte beantworten Sie diese Frage.
survey-not-an-option = Bitte wählen Sie eine der angebotenen Antworten.
survey-not-a-number = Bitte geben Sie eine Zahl ein.
survey-too-small = Die Zahl muss mindestens { $n } sein.
survey-too-large = Die Zahl darf höchstens { $n } sein.
survey-too-long = Die Antwort ist zu lang.
survey-thanks-title = Vielen Dank!
survey-thanks-text = Ihre Antworten sind gespeichert – ohne Namen, ohne Konto und ohne IP-Adresse.
survey-anonymous = Die Befragung ist anonym. Gespeichert werden nur Ihre Antworten, der Tag und die Sprache.
survey-condition = Nur beantworten, wenn Sie bei „{ $q }“ die Antwort „{ $a }“ gewählt haben.
survey-closed = Diese Befragung ist beendet; Antworten sind nicht mehr möglich.
survey-code = Zugangscode
survey-code-hint = Den Code finden Sie in Ihrem Einladungsschreiben.
survey-code-invalid = Dieser Zugangscode ist unbekannt oder wurde schon benutzt.
survey-german-only = Dieser Text liegt nur auf Deutsch vor.
survey-number-range = Eine Zahl von { $min } bis { $max }.
survey-too-many = Von diesem Anschluss kamen gerade sehr viele Antworten. Ihre Angaben sind noch da; bitte in { $n } Minuten noch einmal absenden.
