# Teilhabe: слова публичного портала и рамки каждой страницы (русский).

## Frame
skip-link = Перейти к содержанию
brand-tagline = Управление интеграцией
nav-main = Главная навигация
nav-concepts = Концепции интеграции
nav-admin = Администрирование
nav-account = Учётная запись: { $name }
nav-logout = Выйти
nav-login = Войти
nav-languages = Выбрать язык
nav-breadcrumbs = Навигационная цепочка
crumb-start = Главная
footer-about = Teilhabe – открытый инструмент управления муниципальной интеграционной работой.
footer-accessibility = Заявление о доступности
page-german-only = Эта страница пока доступна только на немецком языке.

## Common labels
label-status = Статус
label-lead = Ответственный
label-period = Период
label-progress = Прогресс
label-internal = не публично
col-title = Название
col-kind = Вид
col-version = Редакция
col-adopted = Принято
col-number = №
col-measure = Мера
col-year = Год
col-amount = Сумма
col-own-share = Собственная доля
col-total = Итого
col-date = Дата
col-spent = Расходы
period-from = с
period-until = до
period-open = открыто
target-no-data = нет данных

## Start page
index-title = Концепции интеграции
index-lead = Основные принципы, направления деятельности, цели и меры интеграционной работы в районах, городах и общинах – и насколько они уже реализованы.
index-empty = Ещё не создано ни одного органа. Первый можно создать здесь:
index-no-concept = Концепция ещё не опубликована.

## Public body
body-key = Официальный код { $key }
body-website = Сайт
body-search-label = Поиск по концепции, мерам, документам, заседаниям, участию и показателям
body-current = Действующая редакция
body-no-concept = Редакции концепции интеграции пока нет.
body-versions = Все редакции
body-versions-none = Нет.
body-versions-caption = Редакции основных принципов и концепции интеграции
body-council = Работа органов
body-meetings = Заседания
body-meetings-text = с повесткой дня, результатами и голосованиями
body-papers = Документы
body-papers-text = с порядком рассмотрения
body-accessibility = Заявление о доступности и контакт для сообщений о барьерах
body-participation = Участие
body-process = Процесс участия
body-process-text = на каком этапе разработка концепции, какие форматы были, кого удалось охватить и что стало с каждым предложением.
body-surveys = Опросы
body-surveys-text = отвечайте на текущие опросы без входа и на нескольких языках; результаты завершённых опросов.
body-monitoring = Мониторинг интеграции
body-monitoring-link = Показатели официальной статистики
body-monitoring-text = в сравнении с федеральной землёй и страной, с временными рядами и сравнением общин.
body-actors = Участники

## Concept
concept-adopted-on = принято { $date }
concept-paper = Документ
concept-superseded-by = Эта редакция заменена на:
concept-supersedes = Эта редакция заменяет:
concept-contents = Содержание
concept-leitbild = Основные принципы
concept-print = Версия для печати в PDF (доступная, с QR-кодами на эти страницы; на немецком языке)
concept-fields = Направления деятельности и меры
concept-measure-count = { $count ->
    [one] { $count } мера
    [few] { $count } меры
    [many] { $count } мер
   *[other] { $count } меры
}
concept-goal = Цель
concept-target-note = Целевое значение
concept-target = Целевой показатель
concept-target-by = { $target } к { $year }
concept-target-current = сейчас
concept-no-measures = Мер пока нет.
concept-measures-for = Меры по цели

## Measure
measure-field = Направление деятельности
measure-internal = Не публично: вы видите эту меру, потому что ваша учётная запись может читать непубличные записи этого органа.
measure-partners = Партнёры
measure-contact = Контактное лицо
measure-groups = Целевые группы
measure-scope = Территория
measure-priority = Приоритет
measure-funding = Финансирование
measure-no-budget = Собственных средств на эту меру не предусмотрено.
measure-budget-caption = Средства по бюджетным годам
measure-spent-so-far = заявленные расходы на сегодня: { $amount }
measure-state = Текущее состояние
measure-state-short = Состояние
measure-reported = Сообщено { $date }, { $reporter }
measure-no-report = Сообщений о состоянии пока нет.
measure-history = История
measure-history-caption = Все сообщения о состоянии, сначала новые
measure-back = Назад к плану мер
measure-origins = Из процесса участия
measure-origins-text = Эта мера учитывает предложения из процесса участия:

## Search
search-title = Поиск
search-title-for = Поиск «{ $query }»
search-scope = концепция интеграции, меры, документы, заседания, участие и показатели
search-term = Поисковый запрос
search-hint = Находятся также склоняемые формы и сложные слова (тексты на немецком): «Sprachkurs» находит «Sprachkurse» и «Sprachkursangebot». Все слова должны встречаться.
search-all-kinds = Всё
search-all-fields = Все направления деятельности
search-submit = Искать
search-hits = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
} по запросу «{ $query }»
search-none-hint = Попробуйте другое или более короткое слово либо ищите по всем видам и направлениям деятельности.
search-pages = Страницы результатов
search-previous = Предыдущая страница
search-next = Следующая страница
search-unknown-kind = Вида «{ $kind }» не существует; поиск выполнен везде.
search-unknown-field = Такого направления деятельности нет; поиск выполнен по всем.

## Vocabularies
body-kind-landkreis = Район
body-kind-kreisfreie_stadt = Город окружного значения
body-kind-stadt = Город
body-kind-gemeinde = Община
concept-kind-leitbild = Основные принципы
concept-kind-concept = Концепция интеграции
concept-kind-strategy_paper = Стратегический документ
concept-status-draft = проект
concept-status-in_deliberation = на рассмотрении
concept-status-adopted = принято
concept-status-superseded = заменено
measure-status-planned = запланировано
measure-status-in_progress = выполняется
measure-status-delayed = с задержкой
measure-status-paused = приостановлено
measure-status-completed = завершено
measure-status-cancelled = отменено
priority-high = высокий
priority-medium = средний
priority-low = низкий
scope-county = по всему району
scope-municipality = община (общины)
scope-planning_area = планировочный район
org-kind-department = Административное подразделение
org-kind-committee = Комитет
org-kind-council = Районный совет / совет
org-kind-steering_group = Руководящая группа
org-kind-working_group = Рабочая группа
org-kind-external = Внешний участник
contribution-kind-need = Потребность
contribution-kind-idea = Идея
contribution-kind-problem = Проблема
contribution-kind-resource = Ресурс
standing-reached = достигнуто
standing-on_track = по плану
standing-off_track = не по плану
standing-no_trend = динамики пока нет
standing-no_data = нет данных
standing-unrated = без оценки
search-group-konzept = Концепция, направления деятельности и цели
search-group-massnahme = Меры
search-group-vorlage = Документы
search-group-sitzung = Заседания
search-group-beteiligung = Участие
search-group-indikator = Показатели
search-kind-concept = Концепция интеграции
search-kind-principle = Основной принцип
search-kind-field = Направление деятельности
search-kind-goal = Цель
search-kind-measure = Мера
search-kind-paper = Документ
search-kind-meeting = Заседание
search-kind-agenda_item = Пункт повестки дня
search-kind-event = Мероприятие по участию
search-kind-contribution = Предложение из процесса участия
search-kind-indicator = Показатель

## Meetings and papers
papers-none = Публичных документов не внесено.
papers-caption = Публичные документы
paper-reference = Номер документа
paper-subject = Тема
paper-internal = Не публично: вы видите этот документ, потому что ваша учётная запись может читать непубличные документы этого органа. Не передавайте его дальше.
paper-submitter = Внёс
paper-editor = Подготовил
paper-concerns = Касается
paper-measures = Меры
paper-consultations = Порядок рассмотрения
paper-no-consultation = Рассмотрение пока не запланировано.
paper-consultations-caption = Порядок рассмотрения с результатами и голосованиями
paper-role = Роль
paper-meeting = Заседание
paper-authoritative = решающее
paper-no-meeting = заседание не внесено
paper-proposal = Проект решения
paper-reasoning = Обстоятельства дела
paper-files = Приложения
meeting-files = Документы заседания
meeting-file-item = Пункт { $number }
file-role-invitation = Приглашение
file-role-results_protocol = Протокол результатов
file-role-verbatim_protocol = Стенограмма
file-role-resolution = Решение
file-role-main = Основной документ
file-role-auxiliary = Приложение
paper-finance = Финансовые последствия
finance-note = Примечание
finance-total = Общие расходы
finance-revenue = Доходы
finance-grants = Субсидии и взносы
finance-year = Бюджетный год
finance-spending = Расходы
finance-overplanned = сверх плана
finance-unplanned = вне плана
finance-line = Бюджетная статья
meetings-none = Заседаний не внесено.
meetings-caption = Заседания { $year }
meetings-calendar = Подписаться на календарь
meetings-calendar-text = Даты заседаний органа в виде файла календаря (iCalendar) для Outlook, Thunderbird или смартфона:
meeting-time = Время
meeting-organization = Орган
meeting-place = Место
meeting-cancelled-short = отменено
meeting-cancelled = Это заседание отменено.
meeting-state = Состояние
meeting-note = Примечание
meeting-agenda = Повестка дня
meeting-no-agenda = Повестка дня не опубликована.
meeting-agenda-caption = Пункты повестки дня с результатами
meeting-item = Пункт
meeting-subject = Предмет
meeting-result = Результат
meeting-votes = Голосование
meeting-all = Все заседания
votes-yes = За: { $n }
votes-no = Против: { $n }
votes-abstain = Воздержались: { $n }
votes-conflicted = конфликт интересов: { $n }
votes-separator = { ", " }
votes-unanimous = единогласно ({ $counts })
votes-unanimous-only = единогласно
time-range = { $from } – { $to }
time-at = { $time }
weekday-0 = Пн
weekday-1 = Вт
weekday-2 = Ср
weekday-3 = Чт
weekday-4 = Пт
weekday-5 = Сб
weekday-6 = Вс
meeting-state-scheduled = назначено
meeting-state-invited = приглашения разосланы
meeting-state-held = проведено
paper-type-resolution = Проект решения
paper-type-notice = Информационный документ
paper-type-motion = Ходатайство
paper-type-inquiry = Запрос
paper-type-report = Отчёт
consultation-role-preliminary = Предварительное обсуждение
consultation-role-decision = Решение
consultation-role-notice = К сведению
consultation-role-hearing = Слушание

## Participation
participation-none = Процесс участия ещё не внесён.
participation-for = Для
participation-today = Состояние на сегодня
participation-phases = Этапы
participation-current-phase = текущий этап
participation-reached = Кого и как часто удалось охватить?
participation-structure = Структура участия
participation-structure-caption = Структура участия по форматам
participation-format = Формат
participation-dates = Даты
participation-dates-caption = Даты мероприятий участия
participation-participants = Участники
participation-groups-reached = Охваченные целевые группы
participation-contributions = Предложения
participation-taken = { $count } учтено в мерах
participation-not-taken = { $count } не учтено (с обоснованием)
participation-open = { $count } ещё открыто
participation-chart-title = Участники по форматам
participation-formats = Форматы
event-internal = Не публично: вы видите этот формат участия, потому что ваша учётная запись может читать непубличные записи этого органа.
event-organizer = Организатор
event-languages = Языки
event-documentation = Документация
event-fate = Что стало с предложениями
event-no-contributions = Для этой даты публичных предложений не внесено.
event-group = Целевая группа
event-taken-in = в
event-back = К обзору участия
phase-inventory = Анализ ситуации
phase-participation = Участие
phase-draft = Проект
phase-deliberation = Рассмотрение в органах
phase-adoption = Принятие решения
phase-implementation = Реализация
phase-evaluation = Оценка и обновление
event-format-survey = Опрос
event-format-interviews = Серия интервью
event-format-workshop = Семинар
event-format-forum = Форум
event-format-conference = Конференция
event-format-steering_group = Заседание руководящей группы
event-format-working_group = Заседание рабочей группы
event-format-planning_area = Мероприятие в планировочном районе
event-format-online = Онлайн-участие
contribution-status-open = открыто
contribution-status-taken = учтено
contribution-status-not_taken = не учтено

## Monitoring and surveys
monitoring-lead = Показатели официальной статистики для { $body } в сравнении с федеральной землёй и Германией. У каждого показателя есть своя страница с временным рядом, сравнением общин и данными для скачивания.
monitoring-none = Показатели ещё не созданы.
monitoring-caption = Показатели, каждый на последнюю доступную дату
monitoring-indicator = Показатель
monitoring-period = Дата
monitoring-unit = Единица
monitoring-symbols = Пояснение знаков
monitoring-no-data = данных нет
monitoring-no-data-yet = данных пока нет
monitoring-source = Источник: статистические ведомства федерации и земель, лицензия на данные Германии – указание авторства – версия 2.0; собственные расчёты.
indicator-direction = Оценка
indicator-source = Источник
indicator-formula = Расчёт
indicator-no-data = Для этого показателя данные ещё не импортированы.
indicator-chart-note = Линии различаются цветом, типом штриха и формой точек; все значения приведены в таблице.
indicator-by-period = по датам
indicator-download = Скачать данные (все территории и даты)
indicator-areas = Общины и планировочные районы
indicator-by-area = по общинам и планировочным районам
indicator-area = Территория
indicator-value = Значение
indicator-compared = сравнение общин
indicator-areas-short = Территории
surveys-none = Сейчас опросов нет.
surveys-open = Идёт – можно отвечать
surveys-closed = Завершён
surveys-results = Результаты
flag-nothing = ничего нет
flag-unknown = неизвестно или секретно
flag-later = данные появятся позже
flag-blocked = ячейка заблокирована, значение не имеет смысла
flag-unreliable = нет данных, значение недостаточно надёжно
flag-limited = ограниченная информативность
flag-provisional = предварительно
flag-revised = исправлено
flag-estimated = оценка
flag-confidential = обезличено в целях защиты данных
direction-higherisbetter = чем выше, тем лучше
direction-lowerisbetter = чем ниже, тем лучше
direction-neutral = без оценки

## Login and errors
login-lead = Войдите со своей учётной записью для администрирования, отчётов о ваших мерах и непубличных документов заседаний. Учётные записи создаёт координационный отдел вашего органа.
login-failed = Войти невозможно
login-name = Имя пользователя
login-password = Пароль
login-sso = Служебной учётной записью
login-sso-text = Если ваша администрация использует централизованный вход (Single Sign-on), войдите там; ваша учётная запись здесь должна уже существовать.
login-sso-button = Войти служебной учётной записью
login-missing = Пожалуйста, введите имя пользователя и пароль.
login-refused = Имя пользователя или пароль неверны.
login-locked = Слишком много неудачных попыток. Попробуйте снова через { $seconds } с.
error-not-found = Страница не найдена
error-not-found-text = Этой страницы не существует (больше). Возможно, запись удалена или адрес неполный.
error-forbidden = Нет доступа
error-forbidden-text = У вашей учётной записи нет прав на эту страницу. Обратитесь в координационный отдел вашего органа, если они вам нужны.
error-refused = Так нельзя
error-internal = Произошла ошибка
error-internal-text = Запрос не удалось обработать. Ничего не изменено. Пожалуйста, попробуйте позже.
error-home = На главную страницу

## Accessibility statement
a11y-intro-body = { $operator } стремится сделать свои страницы на этом портале доступными в соответствии с Постановлением о безбарьерных информационных технологиях (BITV 2.0) и законами земель о доступности. Настоящее заявление относится к: { $scope }.
a11y-intro-portal = Оператор стремится сделать этот портал доступным в соответствии с Постановлением о безбарьерных информационных технологиях (BITV 2.0) и законами земель о доступности. Настоящее заявление относится к: { $scope }.
a11y-scope-portal = все публичные страницы этого портала
a11y-scope-body = страницы { $name } по адресу { $path }
a11y-status-title = Степень соответствия требованиям
a11y-status-text = Страницы соответствуют требованиям BITV 2.0 и гармонизированного стандарта EN 301 549 (WCAG 2.1, уровни A и AA):
a11y-status-partial = частично.
a11y-gaps = Следующее содержимое пока не является доступным:
a11y-gap-languages = Публичный портал доступен на немецком, английском, арабском, украинском, турецком, русском языках и фарси; тексты самих записей (концепции, меры, документы) переведены лишь частично – где перевода нет, показан немецкий текст, и страница сообщает об этом. Страницы администрирования пока есть только на немецком; результаты опросов показывают вопросы на языках опроса.
a11y-gap-easy = Простой язык (Leichte Sprache) есть для резюме концепции и её направлений деятельности, насколько орган их написал; для остальных текстов – пока нет.
a11y-gap-files = Загруженные приложения (например, PDF-файлы документов) поступают от авторов и не проверяются на доступность.
a11y-check-title = Как проверяется доступность
a11y-check-text = Каждая версия программы автоматически проверяется перед выпуском: инструмент axe-core оценивает каждый вид страниц в браузере по правилам WCAG 2.1 (A и AA) на немецком и арабском языках (справа налево); только с клавиатуры выполняется поиск, открывается мера, меняется язык, отправляется опрос с ошибками и исправляется. Все страницы работают без JavaScript; у диаграмм есть таблица данных; светофоры и состояния даны также текстом. Заявление составлено { $date }.
a11y-contact-title = Сообщить о барьерах: контакт
a11y-contact-text = Вы заметили недостатки доступности? Пожалуйста, напишите нам:
a11y-contact-answer = Обычно мы отвечаем в течение двух недель. По запросу предоставим недоступное содержимое в другой форме.
a11y-contact-none-body = Вы заметили недостатки доступности? Пожалуйста, обратитесь в администрацию органа; контактный адрес указан на её сайте.
a11y-contact-none-portal = Вы заметили недостатки доступности? Пожалуйста, обратитесь в администрацию органа, страницы которого вы читаете; контактный адрес указан в заявлении на страницах каждого органа.
a11y-arbitration-title = Процедура урегулирования
a11y-arbitration-text = Если мы не ответим на ваше сообщение или ответ вас не удовлетворит, вы можете обратиться в орган урегулирования или надзора вашей земли; для районов, городов и общин компетентен орган той земли, в которой они находятся. Для федеральных учреждений это орган урегулирования согласно § 16 Закона о равноправии людей с инвалидностью:
a11y-arbitration-free = Процедура бесплатна; юридический представитель не нужен.

## Content translations
content-german-left = Ещё не все тексты этой страницы переведены; остальные показаны на немецком.
easy-language-note = текст на немецком простыми предложениями
translation-outdated = перевод устарел

## Survey results
results-title = Результаты:
results-responses = { $count ->
    [one] { $count } ответ.
    [few] { $count } ответа.
   *[other] { $count } ответов.
}
results-raked = Взвешено по населению (raking, итераций: { $iterations })
results-not-converged = не сошлось
results-effective-n = эффективный размер выборки
results-design-effect = эффект дизайна
results-weights-range = веса от { $min } до { $max }
results-failed = Без взвешивания: взвешивание не удалось
results-unweighted = Без взвешивания (маргинальные распределения не заданы).
results-ci-note = В квадратных скобках — 95-процентный доверительный интервал. Результаты групп, где меньше { $min } ответов, не показаны (–).
results-breakdown = Разбить по
results-breakdown-none = – без разбивки –
results-show = Показать
results-answered = ответили: { $count }
results-by = с разбивкой по
results-answer = Ответ
results-too-few = меньше { $min } ответов
results-hidden-beside = скрыто, чтобы нельзя было вычислить малую группу рядом
results-total = Всего
results-mean = Среднее
results-unit-share = Доля
results-unit-mean = Среднее
results-unit-text = Свободный текст
question-kind-single = Один вариант
question-kind-multiple = Несколько вариантов
question-kind-likert = Шкала
question-kind-number = Число
question-kind-text = Свободный текст
question-kind-matrix = Матрица

## Mails of controlling (reporting rounds, reminders, digests, milestones)

mail-hello = Здравствуйте,
mail-footer = Это сообщение автоматически отправлено системой Teilhabe для управления концепцией интеграции. Пожалуйста, не отвечайте на него.
mail-round-subject = Запрос отчётов: { $round } (до { $deadline })
mail-round-intro = координационное бюро { $body } просит { $organization } до { $deadline } сообщить о состоянии этих мер из «{ $concept }»:
mail-round-link = По этой личной ссылке вы можете отчитаться без пароля; она действует до { $closes }:
mail-round-care = Пожалуйста, передавайте ссылку только внутри вашей организации. У кого есть учётная запись, может также войти и отчитаться там.
mail-reminder-before-subject = Напоминание: { $round } (до { $deadline })
mail-reminder-before = срок запроса отчётов «{ $round }» истекает { $deadline }. От { $organization } ещё нет отчётов по:
mail-reminder-after-subject = Срок истёк: { $round }
mail-reminder-after = срок запроса отчётов «{ $round }» истёк { $deadline }. От { $organization } ещё нет отчётов по:
mail-digest-subject = { $round }: отчитались { $answered } из { $total } организаций
mail-digest-intro = Состояние запроса отчётов «{ $round }» { $body } (срок { $deadline }): полностью отчитались { $answered } из { $total } организаций.
mail-digest-open = Ещё не отчитались полностью:
mail-digest-item = { $organization }: { $answered } из { $total } мер
mail-digest-link = К обзору запроса (нужен вход):
mail-milestone-subject = Просроченный этап: { $milestone }
mail-milestone = этап «{ $milestone }» меры «{ $measure }» должен был быть достигнут до { $due }. Если он достигнут, пожалуйста, укажите дату; иначе обратитесь в координационное бюро { $body }.
mail-milestone-link = К этапам меры (нужен вход):
mail-returned-subject = Отчёт возвращён: { $measure }
mail-returned = координационное бюро { $body } вернуло отчёт от { $date } по мере «{ $measure }» и просит подать новый. Причина:
mail-returned-again = Вы можете отчитаться снова по ссылке вашего запроса отчётов или после входа здесь:
mail-cycle-subject = Срок отчёта комитету: { $title } ({ $due })
mail-cycle = отчёт «{ $title }» для { $committee } должен быть представлен { $due }. Когда он представлен, отметьте это в Teilhabe; тогда наступит следующий срок.
mail-cycle-link = К органу (нужен вход):

# Контроль исполнения решений
body-resolutions = Контроль исполнения решений
body-resolutions-text = что стало с решениями
resolutions-intro = Что совет и его комитеты решили, поручили проверить или отложили: кто исполняет, к какому сроку, насколько продвинулось и какие меры к этому относятся.
resolutions-none = Открытые решения не внесены.
resolutions-caption = Решения и их состояние, новые сначала
resolutions-download = Скачать список
resolution-col-subject = Решение
resolution-col-decided = Принято на
resolution-col-due = Срок
resolution-col-measures = Меры
resolution-overdue = срок истёк
resolution-done-on = исполнено { $date }
resolution-deferred-until = отложено до { $date }
resolution-kind-resolution = Решение
resolution-kind-review_request = Поручение проверить
resolution-kind-deferral = Отложенный вопрос
resolution-status-open = открыто
resolution-status-in_progress = в работе
resolution-status-done = исполнено
resolution-status-deferred = отложено
mail-resolution-due-subject = Срок истёк: { $title }
mail-resolution-due = срок по «{ $title }» ({ $decided }) истёк { $date }. В контроле исполнения решений { $body } запись всё ещё в состоянии «{ $status }». Пожалуйста, внесите состояние или установите новый срок.
mail-resolution-resubmission-subject = Повторное рассмотрение: { $title }
mail-resolution-resubmission = «{ $title }» ({ $decided }) было отложено до { $date } и теперь должно быть рассмотрено снова ({ $body }).
mail-resolution-link = К записи (нужен вход):
