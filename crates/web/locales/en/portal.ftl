# Teilhabe: the words of the public portal and of every page's frame (English).

## Frame
skip-link = Skip to content
brand-tagline = Steering integration
nav-main = Main navigation
nav-concepts = Integration concepts
nav-admin = Administration
nav-account = Account: { $name }
nav-logout = Log out
nav-login = Log in
nav-languages = Choose language
nav-breadcrumbs = Breadcrumbs
crumb-start = Home
footer-about = Teilhabe – the open steering instrument for municipal integration work.
footer-accessibility = Accessibility statement
page-german-only = This page is only available in German so far.

## Common labels
label-status = Status
label-lead = Lead
label-period = Period
label-progress = Progress
label-internal = not public
col-title = Title
col-kind = Type
col-version = Version
col-adopted = Adopted on
col-number = No.
col-measure = Measure
col-year = Year
col-amount = Amount
col-own-share = Own share
col-total = Total
col-date = Date
col-spent = Spending
period-from = from
period-until = until
period-open = open
target-no-data = no data

## Start page
index-title = Integration concepts
index-lead = Guiding principles, fields of action, goals and measures of integration work in counties, cities and municipalities – and how far they have been put into practice.
index-empty = No public body has been set up yet. The first one can be created here:
index-no-concept = No concept published yet.

## Public body
body-key = Official key { $key }
body-website = Website
body-search-label = Search the concept, measures, papers, meetings, participation and indicators
body-current = Version in force
body-no-concept = There is no version of an integration concept yet.
body-versions = All versions
body-versions-none = None.
body-versions-caption = Versions of the guiding principles and the integration concept
body-council = Council work
body-meetings = Meetings
body-meetings-text = with agendas, results and votes
body-papers = Papers
body-papers-text = with their consultation sequence
body-accessibility = Accessibility statement and contact for reporting barriers
body-participation = Participation
body-process = Participation process
body-process-text = where the drafting of the concept stands, which formats there were, who was reached and what became of each contribution.
body-surveys = Surveys
body-surveys-text = answer current surveys without logging in and in several languages; results of completed surveys.
body-monitoring = Integration monitoring
body-monitoring-link = Figures from official statistics
body-monitoring-text = compared with the state and the federal level, with time series and a comparison of municipalities.
body-actors = Participants

## Concept
concept-adopted-on = adopted on { $date }
concept-paper = Paper
concept-superseded-by = This version has been superseded by:
concept-supersedes = This version supersedes:
concept-contents = Contents
concept-leitbild = Guiding principles
concept-print = Print version as PDF (accessible, with QR codes to these pages; in German)
concept-fields = Fields of action and measures
concept-measure-count = { $count ->
    [one] 1 measure
   *[other] { $count } measures
}
concept-goal = Goal
concept-target-note = Target
concept-target = Target indicator
concept-target-by = { $target } by { $year }
concept-target-current = currently
concept-no-measures = No measures yet.
concept-measures-for = Measures for the goal

## Measure
measure-field = Field of action
measure-internal = Not public: you see this measure because your account may read non-public records of this body.
measure-partners = Partners
measure-contact = Contact
measure-groups = Target groups
measure-scope = Area
measure-priority = Priority
measure-funding = Funding
measure-no-budget = No funds of its own are budgeted for this measure.
measure-budget-caption = Funds by budget year
measure-spent-so-far = spending reported so far: { $amount }
measure-state = Current status report
measure-state-short = Status report
measure-reported = Reported on { $date } by { $reporter }
measure-no-report = There is no status report yet.
measure-history = History
measure-history-caption = All status reports, newest first
measure-back = Back to the measure plan
measure-origins = From the participation process
measure-origins-text = This measure takes up contributions from the participation process:

## Search
search-title = Search
search-title-for = Search for “{ $query }”
search-scope = integration concept, measures, papers, meetings, participation and indicators
search-term = Search term
search-hint = Inflected forms and compound words are found too (the texts are German): “Sprachkurs” finds “Sprachkurse” and “Sprachkursangebot”. Several words must all occur.
search-all-kinds = Everything
search-all-fields = All fields of action
search-submit = Search
search-hits = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
} for “{ $query }”
search-none-hint = Try another or a shorter word, or search all types and fields of action.
search-pages = Pages of the result list
search-previous = Previous page
search-next = Next page
search-unknown-kind = There is no type “{ $kind }”; everything was searched.
search-unknown-field = This field of action does not exist; all were searched.

## Vocabularies
body-kind-landkreis = County
body-kind-kreisfreie_stadt = County-level city
body-kind-stadt = Town
body-kind-gemeinde = Municipality
concept-kind-leitbild = Guiding principles
concept-kind-concept = Integration concept
concept-kind-strategy_paper = Strategy paper
concept-status-draft = draft
concept-status-in_deliberation = under deliberation
concept-status-adopted = adopted
concept-status-superseded = superseded
measure-status-planned = planned
measure-status-in_progress = in progress
measure-status-delayed = delayed
measure-status-paused = paused
measure-status-completed = completed
measure-status-cancelled = cancelled
priority-high = high
priority-medium = medium
priority-low = low
scope-county = county-wide
scope-municipality = municipality/municipalities
scope-planning_area = planning area
org-kind-department = Administrative unit
org-kind-committee = Committee
org-kind-council = County council / council
org-kind-steering_group = Steering group
org-kind-working_group = Working group
org-kind-external = External actor
contribution-kind-need = Need
contribution-kind-idea = Idea
contribution-kind-problem = Problem
contribution-kind-resource = Resource
standing-reached = reached
standing-on_track = on track
standing-off_track = off track
standing-no_trend = no trend yet
standing-no_data = no data
standing-unrated = not rated
search-group-konzept = Concept, fields of action and goals
search-group-massnahme = Measures
search-group-vorlage = Papers
search-group-sitzung = Meetings
search-group-beteiligung = Participation
search-group-indikator = Indicators
search-kind-concept = Integration concept
search-kind-principle = Guiding principle
search-kind-field = Field of action
search-kind-goal = Goal
search-kind-measure = Measure
search-kind-paper = Paper
search-kind-meeting = Meeting
search-kind-agenda_item = Agenda item
search-kind-event = Participation event
search-kind-contribution = Contribution from participation
search-kind-indicator = Indicator

## Meetings and papers
papers-none = No public papers have been entered.
papers-caption = Public papers
paper-reference = Reference
paper-subject = Subject
paper-internal = Not public: you see this paper because your account may read non-public documents of this body. Do not pass it on.
paper-submitter = Submitted by
paper-editor = Prepared by
paper-concerns = Concerns
paper-measures = Measures
paper-consultations = Consultation sequence
paper-no-consultation = No consultation scheduled yet.
paper-consultations-caption = Consultation sequence with results and votes
paper-role = Role
paper-meeting = Meeting
paper-authoritative = decisive
paper-no-meeting = no meeting entered
paper-proposal = Proposed resolution
paper-reasoning = Statement of facts
paper-files = Attachments
meeting-files = Meeting documents
meeting-file-item = Item { $number }
file-role-invitation = Invitation
file-role-results_protocol = Results minutes
file-role-verbatim_protocol = Verbatim minutes
file-role-resolution = Resolution
file-role-main = Main document
file-role-auxiliary = Attachment
paper-finance = Financial impact
finance-note = Note
finance-total = Total costs
finance-revenue = Revenue
finance-grants = Grants and contributions
finance-year = Budget year
finance-spending = Expenditure
finance-overplanned = exceeding the budget
finance-unplanned = not budgeted
finance-line = Budget line
meetings-none = No meetings have been entered.
meetings-caption = Meetings { $year }
meetings-calendar = Subscribe to a calendar
meetings-calendar-text = A committee's meeting dates as a calendar file (iCalendar) for Outlook, Thunderbird or your phone:
meeting-time = Time
meeting-organization = Committee
meeting-place = Place
meeting-cancelled-short = cancelled
meeting-cancelled = This meeting has been cancelled.
meeting-state = State
meeting-note = Note
meeting-agenda = Agenda
meeting-no-agenda = No agenda published.
meeting-agenda-caption = Agenda items with results
meeting-item = Item
meeting-subject = Subject
meeting-result = Result
meeting-votes = Vote
meeting-all = All meetings
votes-yes = Yes: { $n }
votes-no = No: { $n }
votes-abstain = Abstentions: { $n }
votes-conflicted = Conflicted: { $n }
votes-separator = { ", " }
votes-unanimous = unanimous ({ $counts })
votes-unanimous-only = unanimous
time-range = { $from } – { $to }
time-at = { $time }
weekday-0 = Mon
weekday-1 = Tue
weekday-2 = Wed
weekday-3 = Thu
weekday-4 = Fri
weekday-5 = Sat
weekday-6 = Sun
meeting-state-scheduled = scheduled
meeting-state-invited = invited
meeting-state-held = held
paper-type-resolution = Draft resolution
paper-type-notice = Information paper
paper-type-motion = Motion
paper-type-inquiry = Inquiry
paper-type-report = Report
consultation-role-preliminary = Preliminary discussion
consultation-role-decision = Decision
consultation-role-notice = For information
consultation-role-hearing = Hearing

## Participation
participation-none = No participation process has been entered yet.
participation-for = For
participation-today = Status today
participation-phases = Phases
participation-current-phase = current phase
participation-reached = Who was reached, and how often?
participation-structure = Participation structure
participation-structure-caption = Participation structure by format
participation-format = Format
participation-dates = Dates
participation-dates-caption = Dates of the participation
participation-participants = Participants
participation-groups-reached = Target groups reached
participation-contributions = Contributions
participation-taken = { $count } taken up in measures
participation-not-taken = { $count } not taken up (with reasons)
participation-open = { $count } still open
participation-chart-title = Participants per format
participation-formats = Formats
event-internal = Not public: you see this participation format because your account may read non-public records of this body.
event-organizer = Organised by
event-languages = Languages
event-documentation = Documentation
event-fate = What became of the contributions
event-no-contributions = No public contributions have been entered for this date.
event-group = Target group
event-taken-in = in
event-back = Back to the participation overview
phase-inventory = Taking stock
phase-participation = Participation
phase-draft = Draft
phase-deliberation = Deliberation in the committees
phase-adoption = Resolution
phase-implementation = Implementation
phase-evaluation = Evaluation and update
event-format-survey = Survey
event-format-interviews = Series of interviews
event-format-workshop = Workshop
event-format-forum = Forum
event-format-conference = Conference
event-format-steering_group = Steering group meeting
event-format-working_group = Working group meeting
event-format-planning_area = Event in a planning area
event-format-online = Online participation
contribution-status-open = open
contribution-status-taken = taken up
contribution-status-not_taken = not taken up

## Monitoring and surveys
monitoring-lead = Figures from official statistics for { $body }, compared with the state and Germany. Each indicator has its own page with a time series, a comparison of municipalities and data to download.
monitoring-none = No indicators have been set up yet.
monitoring-caption = Indicators, each at the latest available point in time
monitoring-indicator = Indicator
monitoring-period = Point in time
monitoring-unit = Unit
monitoring-symbols = Explanation of symbols
monitoring-no-data = no data available
monitoring-no-data-yet = no data yet
monitoring-source = Source: Statistical Offices of the Federation and the Länder, Data licence Germany – attribution – version 2.0; own calculations.
indicator-direction = Rating
indicator-source = Source
indicator-formula = Calculation
indicator-no-data = No data has been imported for this indicator yet.
indicator-chart-note = The lines differ in colour, dash pattern and marker shape; all values are in the table.
indicator-by-period = by point in time
indicator-download = Download the data (all areas and points in time)
indicator-areas = Municipalities and planning areas
indicator-by-area = by municipality and planning area
indicator-area = Area
indicator-value = Value
indicator-compared = municipalities compared
indicator-areas-short = Areas
surveys-none = There are no surveys at the moment.
surveys-open = Running – answers are possible
surveys-closed = Completed
surveys-results = Results
flag-nothing = nothing there
flag-unknown = unknown or confidential
flag-later = figure will be available later
flag-blocked = cell blocked, no meaningful figure
flag-unreliable = no figure, value not reliable enough
flag-limited = limited significance
flag-provisional = provisional
flag-revised = revised
flag-estimated = estimated
flag-confidential = anonymised for data protection
direction-higherisbetter = higher is better
direction-lowerisbetter = lower is better
direction-neutral = not rated

## Login and errors
login-lead = Log in with your account for the administration, for reports on your measures and for non-public meeting documents. Accounts are set up by your body's coordination office.
login-failed = Login not possible
login-name = User name
login-password = Password
login-sso = With your work account
login-sso-text = If your administration uses central login (single sign-on), log in there; your account here must already exist.
login-sso-button = Log in with your work account
login-missing = Please enter your user name and password.
login-refused = User name or password is not correct.
login-locked = Too many failed attempts. Please try again in { $seconds } seconds.
error-not-found = Page not found
error-not-found-text = This page does not exist (any more). Perhaps the record was deleted or the address is incomplete.
error-forbidden = No access
error-forbidden-text = Your account has no permission for this page. Contact your body's coordination office if you need it.
error-refused = That is not possible
error-internal = An error has occurred
error-internal-text = The request could not be processed. Nothing was changed. Please try again later.
error-home = To the start page

## Accessibility statement
a11y-intro-body = { $operator } strives to make its pages in this portal accessible in accordance with the German Accessible Information Technology Ordinance (BITV 2.0) and the accessibility laws of the Länder. This statement applies to { $scope }.
a11y-intro-portal = The operator strives to make this portal accessible in accordance with the German Accessible Information Technology Ordinance (BITV 2.0) and the accessibility laws of the Länder. This statement applies to { $scope }.
a11y-scope-portal = all public pages of this portal
a11y-scope-body = the pages of { $name } under { $path }
a11y-status-title = Compliance status
a11y-status-text = The pages comply with the requirements of BITV 2.0 and the harmonised standard EN 301 549 (WCAG 2.1, levels A and AA):
a11y-status-partial = partially compliant.
a11y-gaps = The following content is not yet accessible:
a11y-gap-languages = The public portal is available in German, English, Arabic, Ukrainian, Turkish, Russian and Farsi; the texts of the records themselves (concepts, measures, papers) are only partly translated – where a translation is missing, the German text is shown and the page says so. The administration's pages are so far only in German; the results of surveys show the questions in the survey's languages.
a11y-gap-easy = Easy Language (Leichte Sprache) exists for a concept's summary and its fields of action, as far as the body has written it; not yet for any other text.
a11y-gap-files = Uploaded attachments (such as PDF files of papers) come from their authors and are not checked for accessibility.
a11y-check-title = How accessibility is checked
a11y-check-text = Every version of the software is checked automatically before release: the tool axe-core audits every kind of page in a browser against the rules of WCAG 2.1 (A and AA), in German and in Arabic (right to left); using the keyboard alone, a search is made, a measure opened, the language switched and a survey sent with errors and corrected. All pages work without JavaScript; charts have a data table; traffic lights and states are also given as text. This statement was written on { $date }.
a11y-contact-title = Reporting barriers: contact
a11y-contact-text = Have you noticed shortcomings in accessibility? Please write to us:
a11y-contact-answer = We usually answer within two weeks. On request we provide content that is not accessible in another form.
a11y-contact-none-body = Have you noticed shortcomings in accessibility? Please contact the body's administration; its contact address is on its website.
a11y-contact-none-portal = Have you noticed shortcomings in accessibility? Please contact the administration of the body whose pages you are reading; the contact address is in the statement on each body's pages.
a11y-arbitration-title = Arbitration procedure
a11y-arbitration-text = If we do not answer your report, or not satisfactorily, you can turn to the arbitration or enforcement body of your Land; for counties, cities and municipalities it is the body of the Land in which they lie. For federal bodies it is the arbitration body under § 16 of the Disability Equality Act:
a11y-arbitration-free = The procedure is free of charge; you do not need legal representation.

## Content translations
content-german-left = Not all texts on this page have been translated yet; the others are shown in German.
easy-language-note = a text in German in simple sentences
translation-outdated = translation not up to date

## Survey results
results-title = Results:
results-responses = { $count ->
    [one] 1 response.
   *[other] { $count } responses.
}
results-raked = Weighted to the population (raking, { $iterations } iterations)
results-not-converged = did not converge
results-effective-n = effective sample size
results-design-effect = design effect
results-weights-range = weights from { $min } to { $max }
results-failed = Unweighted: the weighting failed
results-unweighted = Unweighted (no population margins are stored).
results-ci-note = In square brackets the 95 % confidence interval. Results for groups with fewer than { $min } responses are not shown (–).
results-breakdown = Break down by
results-breakdown-none = – no breakdown –
results-show = Show
results-answered = { $count } answered
results-by = broken down by
results-answer = Answer
results-too-few = fewer than { $min } responses
results-hidden-beside = hidden so that a small group beside it cannot be worked out
results-total = Total
results-mean = Mean
results-unit-share = Share
results-unit-mean = Mean
results-unit-text = Free text
question-kind-single = Single choice
question-kind-multiple = Multiple choice
question-kind-likert = Scale
question-kind-number = Number
question-kind-text = Free text
question-kind-matrix = Matrix

## Mails of controlling (reporting rounds, reminders, digests, milestones)

mail-hello = Hello,
mail-footer = This message was sent automatically by Teilhabe, the system that steers the integration concept. Please do not reply to it.
mail-round-subject = Request for reports: { $round } (by { $deadline })
mail-round-intro = the coordination office of { $body } asks { $organization } to report by { $deadline } on the state of these measures of “{ $concept }”:
mail-round-link = With this personal link you can report without a password; it works until { $closes }:
mail-round-care = Please pass the link on only within your organisation. If you have an account, you can also log in and report there.
mail-reminder-before-subject = Reminder: { $round } (by { $deadline })
mail-reminder-before = the request for reports “{ $round }” ends on { $deadline }. Reports from { $organization } are still missing on:
mail-reminder-after-subject = Deadline passed: { $round }
mail-reminder-after = the deadline of the request for reports “{ $round }” passed on { $deadline }. Reports from { $organization } are still missing on:
mail-digest-subject = { $round }: { $answered } of { $total } organisations have reported
mail-digest-intro = State of the request for reports “{ $round }” of { $body } (deadline { $deadline }): { $answered } of { $total } organisations have reported in full.
mail-digest-open = Not yet reported in full:
mail-digest-item = { $organization }: { $answered } of { $total ->
        [one] { $total } measure
       *[other] { $total } measures
    }
mail-digest-link = To the overview of the request (login required):
mail-milestone-subject = Milestone overdue: { $milestone }
mail-milestone = the milestone “{ $milestone }” of the measure “{ $measure }” was to be reached by { $due }. If it has been reached, please enter the date; otherwise please talk to the coordination office of { $body }.
mail-milestone-link = To the milestones of the measure (login required):
