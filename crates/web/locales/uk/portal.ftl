# Teilhabe: слова публічного порталу та рамки кожної сторінки (українська).

## Frame
skip-link = Перейти до змісту
brand-tagline = Керування інтеграцією
nav-main = Головна навігація
nav-concepts = Концепції інтеграції
nav-admin = Адміністрування
nav-account = Обліковий запис: { $name }
nav-logout = Вийти
nav-login = Увійти
nav-languages = Вибрати мову
nav-breadcrumbs = Навігаційний ланцюжок
crumb-start = Головна
footer-about = Teilhabe – відкритий інструмент управління муніципальною інтеграційною роботою.
footer-accessibility = Заява про доступність
page-german-only = Ця сторінка поки що доступна лише німецькою мовою.

## Common labels
label-status = Статус
label-lead = Відповідальний
label-period = Період
label-progress = Прогрес
label-internal = не публічно
col-title = Назва
col-kind = Вид
col-version = Редакція
col-adopted = Ухвалено
col-number = №
col-measure = Захід
col-year = Рік
col-amount = Сума
col-own-share = Власна частка
col-total = Разом
col-date = Дата
col-spent = Витрати
period-from = з
period-until = до
period-open = відкрито
target-no-data = немає даних

## Start page
index-title = Концепції інтеграції
index-lead = Основні принципи, сфери діяльності, цілі та заходи інтеграційної роботи в районах, містах і громадах – і наскільки їх уже втілено.
index-empty = Ще не створено жодного органу. Перший можна створити тут:
index-no-concept = Концепцію ще не опубліковано.

## Public body
body-key = Офіційний код { $key }
body-website = Вебсайт
body-search-label = Пошук у концепції, заходах, документах, засіданнях, участі та показниках
body-current = Чинна редакція
body-no-concept = Редакції концепції інтеграції ще немає.
body-versions = Усі редакції
body-versions-none = Немає.
body-versions-caption = Редакції основних принципів і концепції інтеграції
body-council = Робота органів
body-meetings = Засідання
body-meetings-text = з порядком денним, результатами та голосуваннями
body-papers = Документи
body-papers-text = з послідовністю розгляду
body-accessibility = Заява про доступність і контакт для повідомлень про бар’єри
body-participation = Участь
body-process = Процес участі
body-process-text = на якому етапі розробка концепції, які формати були, кого вдалося охопити і що сталося з кожним внеском.
body-surveys = Опитування
body-surveys-text = відповідайте на поточні опитування без входу та кількома мовами; результати завершених опитувань.
body-monitoring = Моніторинг інтеграції
body-monitoring-link = Показники офіційної статистики
body-monitoring-text = у порівнянні з федеральною землею та країною, з часовими рядами та порівнянням громад.
body-actors = Учасники

## Concept
concept-adopted-on = ухвалено { $date }
concept-paper = Документ
concept-superseded-by = Цю редакцію замінено на:
concept-supersedes = Ця редакція замінює:
concept-contents = Зміст
concept-leitbild = Основні принципи
concept-fields = Сфери діяльності та заходи
concept-measure-count = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
concept-goal = Ціль
concept-target-note = Цільове значення
concept-target = Цільовий показник
concept-target-by = { $target } до { $year }
concept-target-current = зараз
concept-no-measures = Заходів ще немає.
concept-measures-for = Заходи для цілі

## Measure
measure-field = Сфера діяльності
measure-internal = Не публічно: ви бачите цей захід, тому що ваш обліковий запис може читати непублічні записи цього органу.
measure-partners = Партнери
measure-contact = Контактна особа
measure-groups = Цільові групи
measure-scope = Територія
measure-priority = Пріоритет
measure-funding = Фінансування
measure-no-budget = Для цього заходу власні кошти не передбачено.
measure-budget-caption = Кошти за бюджетними роками
measure-spent-so-far = повідомлені витрати досі: { $amount }
measure-state = Поточний стан
measure-state-short = Стан
measure-reported = Повідомлено { $date }, { $reporter }
measure-no-report = Повідомлень про стан ще немає.
measure-history = Історія
measure-history-caption = Усі повідомлення про стан, найновіші спочатку
measure-back = Назад до плану заходів
measure-origins = З процесу участі
measure-origins-text = Цей захід враховує внески з процесу участі:

## Search
search-title = Пошук
search-title-for = Пошук «{ $query }»
search-scope = концепція інтеграції, заходи, документи, засідання, участь і показники
search-term = Пошуковий запит
search-hint = Знаходяться також відмінювані форми та складні слова (тексти німецькою): «Sprachkurs» знаходить «Sprachkurse» і «Sprachkursangebot». Усі слова мають траплятися.
search-all-kinds = Усе
search-all-fields = Усі сфери діяльності
search-submit = Шукати
search-hits = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
} для «{ $query }»
search-none-hint = Спробуйте інше або коротше слово чи шукайте в усіх видах і сферах діяльності.
search-pages = Сторінки результатів
search-previous = Попередня сторінка
search-next = Наступна сторінка
search-unknown-kind = Виду «{ $kind }» не існує; пошук виконано всюди.
search-unknown-field = Такої сфери діяльності не існує; пошук виконано в усіх.

## Vocabularies
body-kind-landkreis = Район
body-kind-kreisfreie_stadt = Місто районного значення
body-kind-stadt = Місто
body-kind-gemeinde = Громада
concept-kind-leitbild = Основні принципи
concept-kind-concept = Концепція інтеграції
concept-kind-strategy_paper = Стратегічний документ
concept-status-draft = проєкт
concept-status-in_deliberation = на розгляді
concept-status-adopted = ухвалено
concept-status-superseded = замінено
measure-status-planned = заплановано
measure-status-in_progress = виконується
measure-status-delayed = із затримкою
measure-status-paused = призупинено
measure-status-completed = завершено
measure-status-cancelled = скасовано
priority-high = високий
priority-medium = середній
priority-low = низький
scope-county = на весь район
scope-municipality = громада (громади)
scope-planning_area = планувальний район
org-kind-department = Адміністративний підрозділ
org-kind-committee = Комітет
org-kind-council = Районна рада / рада
org-kind-steering_group = Керівна група
org-kind-working_group = Робоча група
org-kind-external = Зовнішній учасник
contribution-kind-need = Потреба
contribution-kind-idea = Ідея
contribution-kind-problem = Проблема
contribution-kind-resource = Ресурс
standing-reached = досягнуто
standing-on_track = за планом
standing-off_track = не за планом
standing-no_trend = ще немає динаміки
standing-no_data = немає даних
standing-unrated = без оцінки
search-group-konzept = Концепція, сфери діяльності та цілі
search-group-massnahme = Заходи
search-group-vorlage = Документи
search-group-sitzung = Засідання
search-group-beteiligung = Участь
search-group-indikator = Показники
search-kind-concept = Концепція інтеграції
search-kind-principle = Основний принцип
search-kind-field = Сфера діяльності
search-kind-goal = Ціль
search-kind-measure = Захід
search-kind-paper = Документ
search-kind-meeting = Засідання
search-kind-agenda_item = Пункт порядку денного
search-kind-event = Захід участі
search-kind-contribution = Внесок з процесу участі
search-kind-indicator = Показник
