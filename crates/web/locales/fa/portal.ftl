# Teilhabe: واژه‌های درگاه عمومی و چارچوب هر صفحه (فارسی).

## Frame
skip-link = رفتن به محتوا
brand-tagline = هدایت ادغام
nav-main = ناوبری اصلی
nav-concepts = طرح‌های ادغام
nav-admin = مدیریت
nav-account = حساب: { $name }
nav-logout = خروج
nav-login = ورود
nav-languages = انتخاب زبان
nav-breadcrumbs = مسیر صفحه
crumb-start = صفحهٔ اصلی
footer-about = Teilhabe – ابزار باز برای هدایت کار ادغام در شهرداری‌ها.
footer-accessibility = بیانیهٔ دسترس‌پذیری
page-german-only = این صفحه فعلاً فقط به زبان آلمانی موجود است.

## Common labels
label-status = وضعیت
label-lead = مسئول
label-period = دوره
label-progress = پیشرفت
label-internal = غیرعمومی
col-title = عنوان
col-kind = نوع
col-version = نسخه
col-adopted = تاریخ تصویب
col-number = شماره
col-measure = اقدام
col-year = سال
col-amount = مبلغ
col-own-share = سهم خود
col-total = جمع
col-date = تاریخ
col-spent = هزینه‌ها
period-from = از
period-until = تا
period-open = باز
target-no-data = بدون داده

## Start page
index-title = طرح‌های ادغام
index-lead = اصول راهنما، حوزه‌های عمل، اهداف و اقدامات کار ادغام در بخش‌ها، شهرها و شهرداری‌ها – و اینکه تا چه حد اجرا شده‌اند.
index-empty = هنوز هیچ نهادی ایجاد نشده است. نخستین نهاد را می‌توان اینجا ایجاد کرد:
index-no-concept = هنوز طرحی منتشر نشده است.

## Public body
body-key = کد رسمی { $key }
body-website = وب‌سایت
body-search-label = جستجو در طرح، اقدامات، لوایح، جلسات، مشارکت و شاخص‌ها
body-current = نسخهٔ معتبر
body-no-concept = هنوز نسخه‌ای از طرح ادغام وجود ندارد.
body-versions = همهٔ نسخه‌ها
body-versions-none = هیچ.
body-versions-caption = نسخه‌های اصول راهنما و طرح ادغام
body-council = کار شوراها
body-meetings = جلسات
body-meetings-text = با دستور جلسه، نتایج و رأی‌گیری‌ها
body-papers = لوایح
body-papers-text = با ترتیب بررسی
body-accessibility = بیانیهٔ دسترس‌پذیری و راه تماس برای گزارش موانع
body-participation = مشارکت
body-process = فرایند مشارکت
body-process-text = تدوین طرح در چه مرحله‌ای است، چه قالب‌هایی برگزار شد، به چه کسانی رسید و سرنوشت هر پیشنهاد چه شد.
body-surveys = نظرسنجی‌ها
body-surveys-text = پاسخ به نظرسنجی‌های جاری بدون ورود و به چند زبان؛ نتایج نظرسنجی‌های پایان‌یافته.
body-monitoring = پایش ادغام
body-monitoring-link = ارقام آمار رسمی
body-monitoring-text = در مقایسه با ایالت و سطح فدرال، با سری‌های زمانی و مقایسهٔ شهرداری‌ها.
body-actors = مشارکت‌کنندگان

## Concept
concept-adopted-on = تصویب‌شده در { $date }
concept-paper = لایحه
concept-superseded-by = این نسخه جایگزین شده است با:
concept-supersedes = این نسخه جایگزین این نسخه است:
concept-contents = فهرست
concept-leitbild = اصول راهنما
concept-fields = حوزه‌های عمل و اقدامات
concept-measure-count = { $count } اقدام
concept-goal = هدف
concept-target-note = مقدار هدف
concept-target = شاخص هدف
concept-target-by = { $target } تا { $year }
concept-target-current = اکنون
concept-no-measures = هنوز اقدامی وجود ندارد.
concept-measures-for = اقدامات برای هدف

## Measure
measure-field = حوزهٔ عمل
measure-internal = غیرعمومی: شما این اقدام را می‌بینید زیرا حساب شما اجازهٔ خواندن سوابق غیرعمومی این نهاد را دارد.
measure-partners = شرکا
measure-contact = فرد رابط
measure-groups = گروه‌های هدف
measure-scope = محدوده
measure-priority = اولویت
measure-funding = تأمین مالی
measure-no-budget = برای این اقدام بودجهٔ جداگانه‌ای در نظر گرفته نشده است.
measure-budget-caption = بودجه بر اساس سال مالی
measure-spent-so-far = هزینه‌های گزارش‌شده تاکنون: { $amount }
measure-state = آخرین گزارش وضعیت
measure-state-short = گزارش وضعیت
measure-reported = گزارش‌شده در { $date } توسط { $reporter }
measure-no-report = هنوز گزارش وضعیتی وجود ندارد.
measure-history = سابقه
measure-history-caption = همهٔ گزارش‌های وضعیت، جدیدترین در ابتدا
measure-back = بازگشت به برنامهٔ اقدامات
measure-origins = از فرایند مشارکت
measure-origins-text = این اقدام پیشنهادهایی از فرایند مشارکت را در بر می‌گیرد:

## Search
search-title = جستجو
search-title-for = جستجوی «{ $query }»
search-scope = طرح ادغام، اقدامات، لوایح، جلسات، مشارکت و شاخص‌ها
search-term = عبارت جستجو
search-hint = صورت‌های صرفی و واژه‌های مرکب نیز یافت می‌شوند (متن‌ها آلمانی‌اند): «Sprachkurs» واژه‌های «Sprachkurse» و «Sprachkursangebot» را می‌یابد. همهٔ واژه‌ها باید وجود داشته باشند.
search-all-kinds = همه
search-all-fields = همهٔ حوزه‌های عمل
search-submit = جستجو
search-hits = { $count ->
    [0] نتیجه‌ای یافت نشد
   *[other] { $count } نتیجه
} برای «{ $query }»
search-none-hint = واژهٔ دیگر یا کوتاه‌تری را امتحان کنید، یا در همهٔ انواع و حوزه‌های عمل جستجو کنید.
search-pages = صفحه‌های فهرست نتایج
search-previous = صفحهٔ قبل
search-next = صفحهٔ بعد
search-unknown-kind = نوع «{ $kind }» وجود ندارد؛ در همه‌چیز جستجو شد.
search-unknown-field = این حوزهٔ عمل وجود ندارد؛ در همهٔ حوزه‌ها جستجو شد.

## Vocabularies
body-kind-landkreis = بخش (Landkreis)
body-kind-kreisfreie_stadt = شهر مستقل از بخش
body-kind-stadt = شهر
body-kind-gemeinde = شهرداری
concept-kind-leitbild = اصول راهنما
concept-kind-concept = طرح ادغام
concept-kind-strategy_paper = سند راهبردی
concept-status-draft = پیش‌نویس
concept-status-in_deliberation = در حال بررسی
concept-status-adopted = تصویب‌شده
concept-status-superseded = جایگزین‌شده
measure-status-planned = برنامه‌ریزی‌شده
measure-status-in_progress = در حال اجرا
measure-status-delayed = با تأخیر
measure-status-paused = متوقف
measure-status-completed = پایان‌یافته
measure-status-cancelled = لغوشده
priority-high = بالا
priority-medium = متوسط
priority-low = پایین
scope-county = در سراسر بخش
scope-municipality = شهرداری(ها)
scope-planning_area = منطقهٔ برنامه‌ریزی
org-kind-department = واحد اداری
org-kind-committee = کمیسیون
org-kind-council = شورای بخش / شورا
org-kind-steering_group = گروه راهبری
org-kind-working_group = کارگروه
org-kind-external = بازیگر بیرونی
contribution-kind-need = نیاز
contribution-kind-idea = ایده
contribution-kind-problem = مشکل
contribution-kind-resource = منبع
standing-reached = محقق شد
standing-on_track = در مسیر
standing-off_track = خارج از مسیر
standing-no_trend = هنوز روندی نیست
standing-no_data = بدون داده
standing-unrated = بدون ارزیابی
search-group-konzept = طرح، حوزه‌های عمل و اهداف
search-group-massnahme = اقدامات
search-group-vorlage = لوایح
search-group-sitzung = جلسات
search-group-beteiligung = مشارکت
search-group-indikator = شاخص‌ها
search-kind-concept = طرح ادغام
search-kind-principle = اصل راهنما
search-kind-field = حوزهٔ عمل
search-kind-goal = هدف
search-kind-measure = اقدام
search-kind-paper = لایحه
search-kind-meeting = جلسه
search-kind-agenda_item = بند دستور جلسه
search-kind-event = رویداد مشارکتی
search-kind-contribution = پیشنهاد از فرایند مشارکت
search-kind-indicator = شاخص
