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
