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
concept-print = Версія для друку у PDF (доступна, з QR-кодами до цих сторінок; німецькою мовою)
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

## Meetings and papers
papers-none = Публічних документів не внесено.
papers-caption = Публічні документи
paper-reference = Номер документа
paper-subject = Тема
paper-internal = Не публічно: ви бачите цей документ, тому що ваш обліковий запис може читати непублічні документи цього органу. Не передавайте його далі.
paper-submitter = Подав
paper-editor = Підготував
paper-concerns = Стосується
paper-measures = Заходи
paper-consultations = Послідовність розгляду
paper-no-consultation = Розгляд ще не заплановано.
paper-consultations-caption = Послідовність розгляду з результатами та голосуваннями
paper-role = Роль
paper-meeting = Засідання
paper-authoritative = вирішальне
paper-no-meeting = засідання не внесено
paper-proposal = Проєкт рішення
paper-reasoning = Обставини справи
paper-files = Додатки
meeting-files = Документи засідання
meeting-file-item = Пункт { $number }
file-role-invitation = Запрошення
file-role-results_protocol = Протокол результатів
file-role-verbatim_protocol = Стенограма
file-role-resolution = Рішення
file-role-main = Основний документ
file-role-auxiliary = Додаток
paper-finance = Фінансові наслідки
finance-note = Примітка
finance-total = Загальні витрати
finance-revenue = Доходи
finance-grants = Гранти та внески
finance-year = Бюджетний рік
finance-spending = Видатки
finance-overplanned = понад план
finance-unplanned = поза планом
finance-line = Бюджетна стаття
meetings-none = Засідань не внесено.
meetings-caption = Засідання { $year }
meetings-calendar = Підписатися на календар
meetings-calendar-text = Дати засідань органу як файл календаря (iCalendar) для Outlook, Thunderbird або смартфона:
meeting-time = Час
meeting-organization = Орган
meeting-place = Місце
meeting-cancelled-short = скасовано
meeting-cancelled = Це засідання скасовано.
meeting-state = Стан
meeting-note = Примітка
meeting-agenda = Порядок денний
meeting-no-agenda = Порядок денний не опубліковано.
meeting-agenda-caption = Пункти порядку денного з результатами
meeting-item = Пункт
meeting-subject = Предмет
meeting-result = Результат
meeting-votes = Голосування
meeting-all = Усі засідання
votes-yes = За: { $n }
votes-no = Проти: { $n }
votes-abstain = Утрималися: { $n }
votes-conflicted = конфлікт інтересів: { $n }
votes-separator = { ", " }
votes-unanimous = одноголосно ({ $counts })
votes-unanimous-only = одноголосно
time-range = { $from } – { $to }
time-at = { $time }
weekday-0 = Пн
weekday-1 = Вт
weekday-2 = Ср
weekday-3 = Чт
weekday-4 = Пт
weekday-5 = Сб
weekday-6 = Нд
meeting-state-scheduled = заплановано
meeting-state-invited = запрошення надіслано
meeting-state-held = проведено
paper-type-resolution = Проєкт рішення
paper-type-notice = Інформаційний документ
paper-type-motion = Клопотання
paper-type-inquiry = Запит
paper-type-report = Звіт
consultation-role-preliminary = Попередній розгляд
consultation-role-decision = Рішення
consultation-role-notice = До відома
consultation-role-hearing = Слухання

## Participation
participation-none = Процес участі ще не внесено.
participation-for = Для
participation-today = Стан на сьогодні
participation-phases = Етапи
participation-current-phase = поточний етап
participation-reached = Кого і як часто вдалося охопити?
participation-structure = Структура участі
participation-structure-caption = Структура участі за форматами
participation-format = Формат
participation-dates = Дати
participation-dates-caption = Дати заходів участі
participation-participants = Учасники
participation-groups-reached = Охоплені цільові групи
participation-contributions = Внески
participation-taken = { $count } враховано в заходах
participation-not-taken = { $count } не враховано (з обґрунтуванням)
participation-open = { $count } ще відкрито
participation-chart-title = Учасники за форматами
participation-formats = Формати
event-internal = Не публічно: ви бачите цей формат участі, тому що ваш обліковий запис може читати непублічні записи цього органу.
event-organizer = Організатор
event-languages = Мови
event-documentation = Документація
event-fate = Що сталося з внесками
event-no-contributions = Для цієї дати публічних внесків не внесено.
event-group = Цільова група
event-taken-in = у
event-back = До огляду участі
phase-inventory = Аналіз ситуації
phase-participation = Участь
phase-draft = Проєкт
phase-deliberation = Розгляд в органах
phase-adoption = Ухвалення
phase-implementation = Реалізація
phase-evaluation = Оцінювання та оновлення
event-format-survey = Опитування
event-format-interviews = Серія інтерв’ю
event-format-workshop = Воркшоп
event-format-forum = Форум
event-format-conference = Конференція
event-format-steering_group = Засідання керівної групи
event-format-working_group = Засідання робочої групи
event-format-planning_area = Захід у планувальному районі
event-format-online = Онлайн-участь
contribution-status-open = відкрито
contribution-status-taken = враховано
contribution-status-not_taken = не враховано

## Monitoring and surveys
monitoring-lead = Показники офіційної статистики для { $body } у порівнянні з федеральною землею та Німеччиною. Кожен показник має власну сторінку з часовим рядом, порівнянням громад і даними для завантаження.
monitoring-none = Показників ще не створено.
monitoring-caption = Показники, кожен на останню доступну дату
monitoring-indicator = Показник
monitoring-period = Дата
monitoring-unit = Одиниця
monitoring-symbols = Пояснення знаків
monitoring-no-data = даних немає
monitoring-no-data-yet = ще немає даних
monitoring-source = Джерело: статистичні відомства федерації та земель, ліцензія на дані Німеччини – зазначення авторства – версія 2.0; власні розрахунки.
indicator-direction = Оцінка
indicator-source = Джерело
indicator-formula = Розрахунок
indicator-no-data = Для цього показника ще не імпортовано даних.
indicator-chart-note = Лінії відрізняються кольором, типом штриха та формою точок; усі значення є в таблиці.
indicator-by-period = за датами
indicator-download = Завантажити дані (усі території та дати)
indicator-areas = Громади та планувальні райони
indicator-by-area = за громадами та планувальними районами
indicator-area = Територія
indicator-value = Значення
indicator-compared = порівняння громад
indicator-areas-short = Території
surveys-none = Наразі опитувань немає.
surveys-open = Триває – можна відповідати
surveys-closed = Завершено
surveys-results = Результати
flag-nothing = нічого немає
flag-unknown = невідомо або таємно
flag-later = дані з’являться пізніше
flag-blocked = клітинку заблоковано, значення не має сенсу
flag-unreliable = немає даних, значення недостатньо надійне
flag-limited = обмежена інформативність
flag-provisional = попереднє
flag-revised = виправлене
flag-estimated = оцінка
flag-confidential = знеособлено з міркувань захисту даних
direction-higherisbetter = більше – краще
direction-lowerisbetter = менше – краще
direction-neutral = без оцінки

## Login and errors
login-lead = Увійдіть зі своїм обліковим записом для адміністрування, звітів про ваші заходи та непублічних документів засідань. Облікові записи створює координаційний відділ вашого органу.
login-failed = Увійти неможливо
login-name = Ім’я користувача
login-password = Пароль
login-sso = Службовим обліковим записом
login-sso-text = Якщо ваша адміністрація використовує централізований вхід (Single Sign-on), увійдіть там; ваш обліковий запис тут має вже існувати.
login-sso-button = Увійти службовим обліковим записом
login-missing = Будь ласка, введіть ім’я користувача та пароль.
login-refused = Ім’я користувача або пароль неправильні.
login-locked = Забагато невдалих спроб. Спробуйте ще раз через { $seconds } с.
error-not-found = Сторінку не знайдено
error-not-found-text = Цієї сторінки не існує (більше). Можливо, запис видалено або адреса неповна.
error-forbidden = Немає доступу
error-forbidden-text = Ваш обліковий запис не має дозволу на цю сторінку. Зверніться до координаційного відділу вашого органу, якщо він вам потрібен.
error-refused = Так не можна
error-internal = Сталася помилка
error-internal-text = Запит не вдалося обробити. Нічого не змінено. Будь ласка, спробуйте пізніше.
error-home = На головну сторінку

## Accessibility statement
a11y-intro-body = { $operator } прагне зробити свої сторінки в цьому порталі доступними відповідно до Постанови про безбар’єрні інформаційні технології (BITV 2.0) та законів земель про доступність. Ця заява стосується: { $scope }.
a11y-intro-portal = Оператор прагне зробити цей портал доступним відповідно до Постанови про безбар’єрні інформаційні технології (BITV 2.0) та законів земель про доступність. Ця заява стосується: { $scope }.
a11y-scope-portal = усі публічні сторінки цього порталу
a11y-scope-body = сторінки { $name } за адресою { $path }
a11y-status-title = Стан відповідності вимогам
a11y-status-text = Сторінки відповідають вимогам BITV 2.0 та гармонізованого стандарту EN 301 549 (WCAG 2.1, рівні A та AA):
a11y-status-partial = частково.
a11y-gaps = Такий вміст ще не є доступним:
a11y-gap-languages = Публічний портал доступний німецькою, англійською, арабською, українською, турецькою, російською та перською; тексти самих записів (концепції, заходи, документи) перекладено лише частково – де перекладу немає, показано німецький текст, і сторінка про це повідомляє. Сторінки адміністрування поки що є лише німецькою; результати опитувань показують запитання мовами опитування.
a11y-gap-easy = Проста мова (Leichte Sprache) є для резюме концепції та її сфер діяльності, наскільки орган їх написав; для інших текстів – ще ні.
a11y-gap-files = Завантажені додатки (наприклад, PDF-файли документів) надходять від авторів і не перевіряються на доступність.
a11y-check-title = Як перевіряється доступність
a11y-check-text = Кожна версія програми автоматично перевіряється перед випуском: інструмент axe-core оцінює кожен вид сторінок у браузері за правилами WCAG 2.1 (A та AA) німецькою та арабською мовами (справа наліво); лише з клавіатурою виконується пошук, відкривається захід, змінюється мова, надсилається опитування з помилками та виправляється. Усі сторінки працюють без JavaScript; діаграми мають таблицю даних; світлофори та стани подано також текстом. Цю заяву складено { $date }.
a11y-contact-title = Повідомити про бар’єри: контакт
a11y-contact-text = Ви помітили недоліки доступності? Напишіть нам, будь ласка:
a11y-contact-answer = Зазвичай ми відповідаємо протягом двох тижнів. На запит надамо недоступний вміст в іншій формі.
a11y-contact-none-body = Ви помітили недоліки доступності? Зверніться, будь ласка, до адміністрації органу; контактна адреса є на її вебсайті.
a11y-contact-none-portal = Ви помітили недоліки доступності? Зверніться, будь ласка, до адміністрації органу, сторінки якого ви читаєте; контактна адреса є в заяві на сторінках кожного органу.
a11y-arbitration-title = Процедура врегулювання
a11y-arbitration-text = Якщо ми не відповімо на ваше повідомлення або відповідь вас не задовольнить, ви можете звернутися до органу врегулювання чи контролю вашої землі; для районів, міст і громад відповідає орган тієї землі, де вони розташовані. Для федеральних установ це орган врегулювання згідно з § 16 Закону про рівність людей з інвалідністю:
a11y-arbitration-free = Процедура безкоштовна; юридичний представник не потрібен.

## Content translations
content-german-left = Ще не всі тексти цієї сторінки перекладено; решту подано німецькою.
easy-language-note = текст німецькою простими реченнями
translation-outdated = переклад неактуальний

## Survey results
results-title = Результати:
results-responses = { $count ->
    [one] { $count } відповідь.
    [few] { $count } відповіді.
   *[other] { $count } відповідей.
}
results-raked = Зважено на населення (raking, ітерацій: { $iterations })
results-not-converged = не збіглося
results-effective-n = ефективний розмір вибірки
results-design-effect = ефект дизайну
results-weights-range = ваги від { $min } до { $max }
results-failed = Без зважування: зважування не вдалося
results-unweighted = Без зважування (маргінальні розподіли не задано).
results-ci-note = У квадратних дужках — 95-відсотковий довірчий інтервал. Результати груп, що мають менше ніж { $min } відповідей, не показано (–).
results-breakdown = Розбити за
results-breakdown-none = – без розбиття –
results-show = Показати
results-answered = відповіли: { $count }
results-by = з розбиттям за
results-answer = Відповідь
results-too-few = менше ніж { $min } відповідей
results-hidden-beside = приховано, щоб не можна було обчислити малу групу поруч
results-total = Усього
results-mean = Середнє
results-unit-share = Частка
results-unit-mean = Середнє
results-unit-text = Вільний текст
question-kind-single = Один варіант
question-kind-multiple = Кілька варіантів
question-kind-likert = Шкала
question-kind-number = Число
question-kind-text = Вільний текст
question-kind-matrix = Матриця

## Mails of controlling (reporting rounds, reminders, digests, milestones)

mail-hello = Добрий день,
mail-footer = Це повідомлення автоматично надіслала система Teilhabe для управління концепцією інтеграції. Будь ласка, не відповідайте на нього.
mail-round-subject = Запит звітів: { $round } (до { $deadline })
mail-round-intro = координаційне бюро { $body } просить { $organization } до { $deadline } повідомити про стан цих заходів із «{ $concept }»:
mail-round-link = За цим особистим посиланням ви можете звітувати без пароля; воно діє до { $closes }:
mail-round-care = Будь ласка, передавайте посилання лише в межах вашої організації. Хто має обліковий запис, може також увійти й звітувати там.
mail-reminder-before-subject = Нагадування: { $round } (до { $deadline })
mail-reminder-before = термін запиту звітів «{ $round }» спливає { $deadline }. Від { $organization } ще бракує звітів щодо:
mail-reminder-after-subject = Термін минув: { $round }
mail-reminder-after = термін запиту звітів «{ $round }» минув { $deadline }. Від { $organization } ще бракує звітів щодо:
mail-digest-subject = { $round }: звітували { $answered } з { $total } організацій
mail-digest-intro = Стан запиту звітів «{ $round }» { $body } (термін { $deadline }): повністю звітували { $answered } з { $total } організацій.
mail-digest-open = Ще не звітували повністю:
mail-digest-item = { $organization }: { $answered } з { $total } заходів
mail-digest-link = До огляду запиту (потрібен вхід):
mail-milestone-subject = Прострочений етап: { $milestone }
mail-milestone = етап «{ $milestone }» заходу «{ $measure }» мав бути досягнутий до { $due }. Якщо його досягнуто, будь ласка, внесіть дату; інакше зверніться до координаційного бюро { $body }.
mail-milestone-link = До етапів заходу (потрібен вхід):
mail-returned-subject = Звіт повернуто: { $measure }
mail-returned = координаційне бюро { $body } повернуло звіт від { $date } щодо заходу «{ $measure }» і просить подати новий. Причина:
mail-returned-again = Ви можете звітувати знову за посиланням вашого запиту звітів або після входу тут:
mail-cycle-subject = Звіт комітету до строку: { $title } ({ $due })
mail-cycle = звіт «{ $title }» для { $committee } має бути поданий { $due }. Коли його подано, позначте це в Teilhabe; тоді настане наступний строк.
mail-cycle-link = До органу (потрібен вхід):

# Контроль виконання рішень
body-resolutions = Контроль виконання рішень
body-resolutions-text = що сталося з рішеннями
resolutions-intro = Що рада та її комітети вирішили, доручили перевірити або відклали: хто виконує, до якого терміну, наскільки просунулося і які заходи до цього належать.
resolutions-none = Відкриті рішення не внесено.
resolutions-caption = Рішення та їхній стан, нові спочатку
resolutions-download = Завантажити список
resolution-col-subject = Рішення
resolution-col-decided = Ухвалено на
resolution-col-due = Термін
resolution-col-measures = Заходи
resolution-overdue = термін минув
resolution-done-on = виконано { $date }
resolution-deferred-until = відкладено до { $date }
resolution-kind-resolution = Рішення
resolution-kind-review_request = Доручення перевірити
resolution-kind-deferral = Відкладене питання
resolution-status-open = відкрито
resolution-status-in_progress = у роботі
resolution-status-done = виконано
resolution-status-deferred = відкладено
mail-resolution-due-subject = Термін минув: { $title }
mail-resolution-due = термін для «{ $title }» ({ $decided }) минув { $date }. У контролі виконання рішень { $body } запис досі в стані «{ $status }». Будь ласка, внесіть стан або встановіть новий термін.
mail-resolution-resubmission-subject = Повторний розгляд: { $title }
mail-resolution-resubmission = «{ $title }» ({ $decided }) було відкладено до { $date } і тепер його слід розглянути знову ({ $body }).
mail-resolution-link = До запису (потрібен вхід):
