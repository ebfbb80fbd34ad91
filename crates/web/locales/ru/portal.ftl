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
