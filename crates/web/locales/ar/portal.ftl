# Teilhabe: كلمات البوابة العامة وإطار كل صفحة (العربية).

## Frame
skip-link = الانتقال إلى المحتوى
brand-tagline = إدارة الاندماج
nav-main = التنقل الرئيسي
nav-concepts = مفاهيم الاندماج
nav-admin = الإدارة
nav-account = الحساب: { $name }
nav-logout = تسجيل الخروج
nav-login = تسجيل الدخول
nav-languages = اختيار اللغة
nav-breadcrumbs = مسار التنقل
crumb-start = الصفحة الرئيسية
footer-about = Teilhabe – الأداة المفتوحة لتوجيه عمل الاندماج في البلديات.
footer-accessibility = بيان إمكانية الوصول
page-german-only = هذه الصفحة متوفرة باللغة الألمانية فقط حتى الآن.

## Common labels
label-status = الحالة
label-lead = الجهة المسؤولة
label-period = الفترة
label-progress = مدى التقدم
label-internal = غير عام
col-title = العنوان
col-kind = النوع
col-version = النسخة
col-adopted = تاريخ الإقرار
col-number = رقم
col-measure = الإجراء
col-year = السنة
col-amount = المبلغ
col-own-share = الحصة الذاتية
col-total = المجموع
col-date = التاريخ
col-spent = النفقات
period-from = من
period-until = حتى
period-open = مفتوح
target-no-data = لا توجد بيانات

## Start page
index-title = مفاهيم الاندماج
index-lead = المبادئ التوجيهية ومجالات العمل والأهداف والإجراءات لعمل الاندماج في المقاطعات والمدن والبلديات – ومدى تنفيذها.
index-empty = لم يتم إنشاء أي هيئة بعد. يمكن إنشاء أول هيئة هنا:
index-no-concept = لم يُنشر أي مفهوم بعد.

## Public body
body-key = الرمز الرسمي { $key }
body-website = الموقع الإلكتروني
body-search-label = البحث في المفهوم والإجراءات والمذكرات والجلسات والمشاركة والمؤشرات
body-current = النسخة السارية
body-no-concept = لا توجد بعد أي نسخة من مفهوم الاندماج.
body-versions = جميع النسخ
body-versions-none = لا شيء.
body-versions-caption = نسخ المبادئ التوجيهية ومفهوم الاندماج
body-council = عمل المجالس
body-meetings = الجلسات
body-meetings-text = مع جداول الأعمال والنتائج ونتائج التصويت
body-papers = المذكرات
body-papers-text = مع تسلسل المداولات
body-accessibility = بيان إمكانية الوصول وجهة الاتصال للإبلاغ عن العوائق
body-participation = المشاركة
body-process = عملية المشاركة
body-process-text = أين وصل إعداد المفهوم، وما الأشكال التي استُخدمت، ومن تم الوصول إليه، وماذا حدث لكل مساهمة.
body-surveys = الاستبيانات
body-surveys-text = الإجابة على الاستبيانات الجارية دون تسجيل الدخول وبعدة لغات؛ نتائج الاستبيانات المنتهية.
body-monitoring = رصد الاندماج
body-monitoring-link = أرقام الإحصاءات الرسمية
body-monitoring-text = مقارنة بالولاية والمستوى الاتحادي، مع سلاسل زمنية ومقارنة بين البلديات.
body-actors = الجهات المشاركة

## Concept
concept-adopted-on = أُقرّ في { $date }
concept-paper = المذكرة
concept-superseded-by = حلّت محل هذه النسخة:
concept-supersedes = تحلّ هذه النسخة محل:
concept-contents = المحتويات
concept-leitbild = المبادئ التوجيهية
concept-print = النسخة المطبوعة بصيغة PDF (سهلة الوصول، مع رموز QR إلى هذه الصفحات؛ باللغة الألمانية)
concept-fields = مجالات العمل والإجراءات
concept-measure-count = { $count ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
   *[other] { $count } إجراء
}
concept-goal = الهدف
concept-target-note = القيمة المستهدفة
concept-target = المؤشر المستهدف
concept-target-by = { $target } بحلول { $year }
concept-target-current = حالياً
concept-no-measures = لا توجد إجراءات بعد.
concept-measures-for = الإجراءات الخاصة بالهدف

## Measure
measure-field = مجال العمل
measure-internal = غير عام: ترى هذا الإجراء لأن حسابك مخوّل بقراءة السجلات غير العامة لهذه الهيئة.
measure-partners = الشركاء
measure-contact = جهة الاتصال
measure-groups = الفئات المستهدفة
measure-scope = النطاق الجغرافي
measure-priority = الأولوية
measure-funding = التمويل
measure-no-budget = لا توجد أموال مخصصة لهذا الإجراء.
measure-budget-caption = الأموال حسب سنة الميزانية
measure-spent-so-far = النفقات المُبلغ عنها حتى الآن: { $amount }
measure-state = آخر تقرير عن الوضع
measure-state-short = تقرير الوضع
measure-reported = أُبلغ عنه في { $date } من قِبل { $reporter }
measure-no-report = لا يوجد تقرير عن الوضع بعد.
measure-history = السجل
measure-history-caption = جميع تقارير الوضع، الأحدث أولاً
measure-back = العودة إلى خطة الإجراءات
measure-origins = من عملية المشاركة
measure-origins-text = يتناول هذا الإجراء مساهمات من عملية المشاركة:

## Search
search-title = البحث
search-title-for = البحث عن «{ $query }»
search-scope = مفهوم الاندماج والإجراءات والمذكرات والجلسات والمشاركة والمؤشرات
search-term = كلمة البحث
search-hint = يتم العثور أيضاً على الصيغ المصرّفة والكلمات المركبة (النصوص باللغة الألمانية): «Sprachkurs» تجد «Sprachkurse» و«Sprachkursangebot». يجب أن تظهر جميع الكلمات.
search-all-kinds = الكل
search-all-fields = جميع مجالات العمل
search-submit = بحث
search-hits = { $count ->
    [0] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
   *[other] { $count } نتيجة
} لـ «{ $query }»
search-none-hint = جرّب كلمة أخرى أو أقصر، أو ابحث في جميع الأنواع ومجالات العمل.
search-pages = صفحات قائمة النتائج
search-previous = الصفحة السابقة
search-next = الصفحة التالية
search-unknown-kind = النوع «{ $kind }» غير موجود؛ تم البحث في الكل.
search-unknown-field = مجال العمل هذا غير موجود؛ تم البحث في جميع المجالات.

## Vocabularies
body-kind-landkreis = مقاطعة
body-kind-kreisfreie_stadt = مدينة مستقلة عن المقاطعة
body-kind-stadt = مدينة
body-kind-gemeinde = بلدية
concept-kind-leitbild = المبادئ التوجيهية
concept-kind-concept = مفهوم الاندماج
concept-kind-strategy_paper = ورقة استراتيجية
concept-status-draft = مسودة
concept-status-consultation = مفتوح للمشاركة والتعليق
concept-status-in_deliberation = قيد المداولة
concept-status-adopted = مُقرّ
concept-status-superseded = مُستبدل
measure-status-planned = مخطط
measure-status-in_progress = قيد التنفيذ
measure-status-delayed = متأخر
measure-status-paused = متوقف مؤقتاً
measure-status-completed = مكتمل
measure-status-cancelled = ملغى
priority-high = عالية
priority-medium = متوسطة
priority-low = منخفضة
scope-county = على مستوى المقاطعة
scope-municipality = بلدية (بلديات)
scope-planning_area = منطقة تخطيط
org-kind-department = وحدة إدارية
org-kind-committee = لجنة
org-kind-council = مجلس المقاطعة / المجلس البلدي
org-kind-steering_group = مجموعة التوجيه
org-kind-working_group = مجموعة عمل
org-kind-external = جهة خارجية
contribution-kind-need = حاجة
contribution-kind-idea = فكرة
contribution-kind-problem = مشكلة
contribution-kind-resource = مورد
standing-reached = تحقق
standing-on_track = على المسار الصحيح
standing-off_track = خارج المسار
standing-no_trend = لا يوجد اتجاه بعد
standing-no_data = لا توجد بيانات
standing-unrated = بدون تقييم
search-group-konzept = المفهوم ومجالات العمل والأهداف
search-group-massnahme = الإجراءات
search-group-vorlage = المذكرات
search-group-sitzung = الجلسات
search-group-beteiligung = المشاركة
search-group-indikator = المؤشرات
search-kind-concept = مفهوم الاندماج
search-kind-principle = مبدأ توجيهي
search-kind-field = مجال العمل
search-kind-goal = هدف
search-kind-measure = إجراء
search-kind-paper = مذكرة
search-kind-meeting = جلسة
search-kind-agenda_item = بند من جدول الأعمال
search-kind-event = فعالية مشاركة
search-kind-contribution = مساهمة من المشاركة
search-kind-indicator = مؤشر

## Meetings and papers
papers-none = لا توجد مذكرات عامة مسجلة.
papers-caption = المذكرات العامة
paper-reference = الرقم المرجعي
paper-subject = الموضوع
paper-internal = غير عام: ترى هذه المذكرة لأن حسابك مخوّل بقراءة الوثائق غير العامة لهذه الهيئة. لا تمررها لغيرك.
paper-submitter = مقدّم المذكرة
paper-editor = المُعِدّ
paper-concerns = يتعلق بـ
paper-measures = الإجراءات
paper-consultations = تسلسل المداولات
paper-no-consultation = لم تُحدد أي مداولة بعد.
paper-consultations-caption = تسلسل المداولات مع النتائج ونتائج التصويت
paper-role = الدور
paper-meeting = الجلسة
paper-authoritative = حاسم
paper-no-meeting = لم تُسجل أي جلسة
paper-proposal = مقترح القرار
paper-reasoning = بيان الوقائع
paper-files = المرفقات
meeting-files = وثائق الجلسة
meeting-file-item = البند { $number }
file-role-invitation = دعوة
file-role-results_protocol = محضر النتائج
file-role-verbatim_protocol = محضر حرفي
file-role-resolution = قرار
file-role-main = الوثيقة الرئيسية
file-role-auxiliary = مرفق
paper-finance = الآثار المالية
finance-note = ملاحظة
finance-total = التكاليف الإجمالية
finance-revenue = الإيرادات
finance-grants = المنح والمساهمات
finance-year = سنة الميزانية
finance-spending = النفقة
finance-overplanned = تتجاوز الميزانية
finance-unplanned = غير مدرجة في الميزانية
finance-line = بند الميزانية
meetings-none = لا توجد جلسات مسجلة.
meetings-caption = جلسات { $year }
meetings-calendar = الاشتراك في التقويم
meetings-calendar-text = مواعيد جلسات لجنة ما كملف تقويم (iCalendar) لبرنامج Outlook أو Thunderbird أو للهاتف الذكي:
meeting-time = الوقت
meeting-organization = اللجنة
meeting-place = المكان
meeting-cancelled-short = ملغاة
meeting-cancelled = أُلغيت هذه الجلسة.
meeting-state = الحالة
meeting-note = ملاحظة
meeting-agenda = جدول الأعمال
meeting-no-agenda = لم يُنشر جدول أعمال.
meeting-agenda-caption = بنود جدول الأعمال مع النتائج
meeting-item = البند
meeting-subject = الموضوع
meeting-result = النتيجة
meeting-votes = التصويت
meeting-all = جميع الجلسات
votes-yes = نعم: { $n }
votes-no = لا: { $n }
votes-abstain = امتناع: { $n }
votes-conflicted = تضارب مصالح: { $n }
votes-separator = { "، " }
votes-unanimous = بالإجماع ({ $counts })
votes-unanimous-only = بالإجماع
time-range = { $from } – { $to }
time-at = { $time }
weekday-0 = الإثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد
meeting-state-scheduled = محددة الموعد
meeting-state-invited = صدرت الدعوة
meeting-state-held = انعقدت
paper-type-resolution = مشروع قرار
paper-type-notice = مذكرة إعلامية
paper-type-motion = طلب
paper-type-inquiry = استفسار
paper-type-report = تقرير
consultation-role-preliminary = مداولة تمهيدية
consultation-role-decision = قرار
consultation-role-notice = للعلم
consultation-role-hearing = استماع

## Participation
participation-none = لم تُسجل أي عملية مشاركة بعد.
participation-for = من أجل
participation-today = الوضع اليوم
participation-phases = المراحل
participation-current-phase = المرحلة الحالية
participation-reached = من تم الوصول إليه وكم مرة؟
participation-structure = هيكل المشاركة
participation-structure-caption = هيكل المشاركة حسب الشكل
participation-format = الشكل
participation-dates = المواعيد
participation-dates-caption = مواعيد المشاركة
participation-participants = المشاركون
participation-groups-reached = الفئات المستهدفة التي تم الوصول إليها
participation-contributions = المساهمات
participation-taken = { $count } أُدرجت في إجراءات
participation-not-taken = { $count } لم تُدرج (مع التعليل)
participation-open = { $count } ما زالت مفتوحة
participation-chart-title = المشاركون حسب الشكل
participation-formats = الأشكال
event-internal = غير عام: ترى شكل المشاركة هذا لأن حسابك مخوّل بقراءة السجلات غير العامة لهذه الهيئة.
event-organizer = الجهة المنظمة
event-languages = اللغات
event-documentation = التوثيق
event-fate = ماذا حدث للمساهمات
event-no-contributions = لا توجد مساهمات عامة مسجلة لهذا الموعد.
event-group = الفئة المستهدفة
event-taken-in = في
event-back = العودة إلى نظرة عامة على المشاركة
phase-inventory = جرد الوضع القائم
phase-participation = المشاركة
phase-draft = المسودة
phase-deliberation = المداولة في المجالس
phase-adoption = القرار
phase-implementation = التنفيذ
phase-evaluation = التقييم والتحديث
event-format-survey = استبيان
event-format-interviews = سلسلة مقابلات
event-format-workshop = ورشة عمل
event-format-forum = منتدى
event-format-conference = مؤتمر
event-format-steering_group = اجتماع مجموعة التوجيه
event-format-working_group = اجتماع مجموعة عمل
event-format-planning_area = فعالية في منطقة تخطيط
event-format-online = مشاركة عبر الإنترنت
contribution-status-open = مفتوحة
contribution-status-taken = أُدرجت
contribution-status-not_taken = لم تُدرج

## Monitoring and surveys
monitoring-lead = أرقام الإحصاءات الرسمية لـ { $body }، مقارنة بالولاية وألمانيا. لكل مؤشر صفحة خاصة فيها سلسلة زمنية ومقارنة بين البلديات وبيانات للتنزيل.
monitoring-none = لم يتم إنشاء أي مؤشرات بعد.
monitoring-caption = المؤشرات، كلٌّ منها في آخر نقطة زمنية متاحة
monitoring-indicator = المؤشر
monitoring-period = النقطة الزمنية
monitoring-unit = الوحدة
monitoring-symbols = شرح الرموز
monitoring-no-data = لا توجد بيانات
monitoring-no-data-yet = لا توجد بيانات بعد
monitoring-source = المصدر: مكاتب الإحصاء الاتحادية ومكاتب الولايات، رخصة البيانات في ألمانيا – نسب المصدر – الإصدار 2.0؛ حسابات خاصة.
indicator-direction = التقييم
indicator-source = المصدر
indicator-formula = طريقة الحساب
indicator-no-data = لم تُستورد بيانات لهذا المؤشر بعد.
indicator-chart-note = تختلف الخطوط في اللون ونمط الخط وشكل النقاط؛ جميع القيم موجودة في الجدول.
indicator-by-period = حسب النقطة الزمنية
indicator-download = تنزيل البيانات (جميع المناطق والنقاط الزمنية)
indicator-areas = البلديات ومناطق التخطيط
indicator-by-area = حسب البلدية ومنطقة التخطيط
indicator-area = المنطقة
indicator-value = القيمة
indicator-compared = مقارنة البلديات
indicator-areas-short = المناطق
surveys-none = لا توجد استبيانات حالياً.
surveys-open = جارٍ – يمكن الإجابة
surveys-closed = منتهٍ
surveys-results = النتائج
flag-nothing = لا شيء
flag-unknown = غير معروف أو سري
flag-later = ستتوفر القيمة لاحقاً
flag-blocked = الخانة محجوبة، لا معنى للقيمة
flag-unreliable = لا قيمة، لأن الرقم غير موثوق بما يكفي
flag-limited = دلالة محدودة
flag-provisional = مؤقت
flag-revised = مُصحَّح
flag-estimated = تقديري
flag-confidential = مُجهّل لأسباب حماية البيانات
direction-higherisbetter = الأعلى أفضل
direction-lowerisbetter = الأدنى أفضل
direction-neutral = بدون تقييم

## Login and errors
login-lead = سجّل الدخول بحسابك للوصول إلى الإدارة وتقارير إجراءاتك ووثائق الجلسات غير العامة. تُنشئ الحسابات جهة التنسيق في هيئتك.
login-failed = تعذّر تسجيل الدخول
login-name = اسم المستخدم
login-password = كلمة المرور
login-sso = بحساب العمل
login-sso-text = إذا كانت إدارتك تستخدم تسجيل الدخول المركزي (Single Sign-on)، فسجّل الدخول هناك؛ يجب أن يكون حسابك هنا موجوداً مسبقاً.
login-sso-button = تسجيل الدخول بحساب العمل
login-missing = يرجى إدخال اسم المستخدم وكلمة المرور.
login-refused = اسم المستخدم أو كلمة المرور غير صحيحة.
login-locked = محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
error-not-found = الصفحة غير موجودة
error-not-found-text = هذه الصفحة غير موجودة (لم تعد موجودة). ربما حُذف السجل أو أن العنوان غير مكتمل.
error-forbidden = لا يوجد وصول
error-forbidden-text = ليس لحسابك صلاحية لهذه الصفحة. تواصل مع جهة التنسيق في هيئتك إذا كنت تحتاجها.
error-refused = هذا غير ممكن بهذه الطريقة
error-internal = حدث خطأ
error-internal-text = تعذّرت معالجة الطلب. لم يتغير شيء. يرجى المحاولة لاحقاً.
error-home = إلى الصفحة الرئيسية

## Accessibility statement
a11y-intro-body = تسعى { $operator } إلى جعل صفحاتها في هذه البوابة متاحة للجميع وفقاً لمرسوم تقنية المعلومات الخالية من العوائق (BITV 2.0) وقوانين إمكانية الوصول في الولايات. ينطبق هذا البيان على { $scope }.
a11y-intro-portal = يسعى المشغّل إلى جعل هذه البوابة متاحة للجميع وفقاً لمرسوم تقنية المعلومات الخالية من العوائق (BITV 2.0) وقوانين إمكانية الوصول في الولايات. ينطبق هذا البيان على { $scope }.
a11y-scope-portal = جميع الصفحات العامة لهذه البوابة
a11y-scope-body = صفحات { $name } تحت { $path }
a11y-status-title = مدى التوافق مع المتطلبات
a11y-status-text = تتوافق الصفحات مع متطلبات BITV 2.0 والمعيار الموحد EN 301 549 (WCAG 2.1، المستويان A وAA):
a11y-status-partial = توافق جزئي.
a11y-gaps = المحتويات التالية ليست خالية من العوائق بعد:
a11y-gap-languages = البوابة العامة متوفرة بالألمانية والإنجليزية والعربية والأوكرانية والتركية والروسية والفارسية؛ أما نصوص السجلات نفسها (المفاهيم والإجراءات والمذكرات) فمترجمة جزئياً فقط – وحيث تنقص الترجمة يظهر النص الألماني وتشير الصفحة إلى ذلك. صفحات الإدارة متوفرة حتى الآن بالألمانية فقط؛ وتعرض نتائج الاستبيانات الأسئلة بلغات الاستبيان.
a11y-gap-easy = تتوفر اللغة المبسطة (Leichte Sprache) لملخص المفهوم ومجالات عمله بقدر ما كتبته الهيئة؛ ولا تتوفر بعد لسائر النصوص.
a11y-gap-files = المرفقات المرفوعة (مثل ملفات PDF للمذكرات) مصدرها مؤلفوها ولا يتم فحصها من حيث إمكانية الوصول.
a11y-check-title = كيف يتم فحص إمكانية الوصول
a11y-check-text = تُفحص كل نسخة من البرنامج تلقائياً قبل نشرها: تقيّم أداة axe-core كل نوع من الصفحات في متصفح وفق قواعد WCAG 2.1 (A وAA)، بالألمانية وبالعربية (من اليمين إلى اليسار)؛ وباستخدام لوحة المفاتيح وحدها يتم البحث وفتح إجراء وتغيير اللغة وإرسال استبيان فيه أخطاء ثم تصحيحه. تعمل جميع الصفحات دون JavaScript؛ للرسوم البيانية جداول بيانات؛ وتظهر الإشارات الضوئية والحالات نصاً أيضاً. كُتب هذا البيان في { $date }.
a11y-contact-title = الإبلاغ عن العوائق: جهة الاتصال
a11y-contact-text = هل لاحظت نواقص في إمكانية الوصول؟ يرجى مراسلتنا:
a11y-contact-answer = نجيب عادةً خلال أسبوعين. عند الطلب نوفر لك المحتويات غير الخالية من العوائق بشكل آخر.
a11y-contact-none-body = هل لاحظت نواقص في إمكانية الوصول؟ يرجى التواصل مع إدارة الهيئة؛ عنوان الاتصال موجود على موقعها الإلكتروني.
a11y-contact-none-portal = هل لاحظت نواقص في إمكانية الوصول؟ يرجى التواصل مع إدارة الهيئة التي تقرأ صفحاتها؛ عنوان الاتصال موجود في البيان على صفحات كل هيئة.
a11y-arbitration-title = إجراء التسوية
a11y-arbitration-text = إذا لم نرد على بلاغك أو لم يكن ردنا مرضياً، يمكنك التوجه إلى هيئة التسوية أو التنفيذ في ولايتك؛ وبالنسبة للمقاطعات والمدن والبلديات تختص هيئة الولاية التي تقع فيها. وبالنسبة للجهات الاتحادية فهي هيئة التسوية وفق المادة 16 من قانون المساواة لذوي الإعاقة:
a11y-arbitration-free = الإجراء مجاني؛ ولا تحتاج إلى تمثيل قانوني.

## Content translations
content-german-left = لم تُترجم جميع نصوص هذه الصفحة بعد؛ تظهر النصوص الأخرى باللغة الألمانية.
easy-language-note = نص بالألمانية بجمل بسيطة
translation-outdated = الترجمة ليست محدّثة

## Survey results
results-title = النتائج:
results-responses = { $count ->
    [zero] لا إجابات.
    [one] إجابة واحدة.
    [two] إجابتان.
    [few] { $count } إجابات.
   *[other] { $count } إجابة.
}
results-raked = مرجّحة وفق السكان (طريقة Raking، { $iterations } دورات)
results-not-converged = لم تتقارب
results-effective-n = الحجم الفعلي للعينة
results-design-effect = أثر التصميم
results-weights-range = الأوزان من { $min } إلى { $max }
results-failed = غير مرجّحة: فشل الترجيح
results-unweighted = غير مرجّحة (لا توجد توزيعات هامشية محفوظة).
results-ci-note = بين القوسين المعقوفين فترة الثقة 95 %. لا تُعرض نتائج المجموعات التي لديها أقل من { $min } إجابات (–).
results-breakdown = التفصيل حسب
results-breakdown-none = – بدون تفصيل –
results-show = عرض
results-answered = أجاب { $count }
results-by = مفصّلة حسب
results-answer = الإجابة
results-too-few = أقل من { $min } إجابات
results-hidden-beside = مخفي حتى لا يمكن استنتاج مجموعة صغيرة بجانبه
results-total = الإجمالي
results-mean = المتوسط
results-unit-share = النسبة
results-unit-mean = المتوسط
results-unit-text = نص حر
question-kind-single = اختيار واحد
question-kind-multiple = اختيار متعدد
question-kind-likert = مقياس
question-kind-number = رقم
question-kind-text = نص حر
question-kind-matrix = مصفوفة

## Mails of controlling (reporting rounds, reminders, digests, milestones)

mail-hello = مرحباً،
mail-footer = أُرسلت هذه الرسالة تلقائياً من نظام Teilhabe لتوجيه مفهوم الاندماج. يُرجى عدم الرد عليها.
mail-round-subject = طلب تقارير: { $round } (حتى { $deadline })
mail-round-intro = يطلب مكتب التنسيق في { $body } من { $organization } تقريراً عن وضع هذه الإجراءات من „{ $concept }“ حتى { $deadline }:
mail-round-link = يمكنكم بهذا الرابط الشخصي تقديم التقرير دون كلمة مرور، وهو صالح حتى { $closes }:
mail-round-care = يُرجى عدم مشاركة الرابط إلا داخل منظمتكم. من لديه حساب يمكنه أيضاً تسجيل الدخول وتقديم التقرير هناك.
mail-reminder-before-subject = تذكير: { $round } (حتى { $deadline })
mail-reminder-before = ينتهي موعد طلب التقارير „{ $round }“ في { $deadline }. ما زالت تقارير { $organization } ناقصة عن:
mail-reminder-after-subject = انتهى الموعد: { $round }
mail-reminder-after = انتهى موعد طلب التقارير „{ $round }“ في { $deadline }. ما زالت تقارير { $organization } ناقصة عن:
mail-digest-subject = { $round }: قدّمت { $answered } من { $total } منظمات تقاريرها
mail-digest-intro = وضع طلب التقارير „{ $round }“ لدى { $body } (الموعد { $deadline }): قدّمت { $answered } من { $total } منظمات تقاريرها كاملة.
mail-digest-open = لم تقدّم تقاريرها كاملة بعد:
mail-digest-item = { $organization }: { $answered } من { $total } إجراءات
mail-digest-link = إلى نظرة عامة على الطلب (يتطلب تسجيل الدخول):
mail-milestone-subject = مرحلة متأخرة: { $milestone }
mail-milestone = كان يجب بلوغ المرحلة „{ $milestone }“ من الإجراء „{ $measure }“ حتى { $due }. إذا تم بلوغها، يُرجى إدخال التاريخ؛ وإلا يُرجى التواصل مع مكتب التنسيق في { $body }.
mail-milestone-link = إلى مراحل الإجراء (يتطلب تسجيل الدخول):
mail-returned-subject = أُعيد التقرير: { $measure }
mail-returned = أعاد مكتب التنسيق في { $body } تقرير الوضع المؤرخ { $date } عن الإجراء „{ $measure }“ ويطلب تقريراً جديداً. السبب:
mail-returned-again = يمكنكم تقديم تقرير جديد عبر رابط طلب التقارير، أو بعد تسجيل الدخول هنا:
mail-cycle-subject = تقرير مستحق للجنة: { $title } ({ $due })
mail-cycle = التقرير „{ $title }“ إلى { $committee } مستحق في { $due }. بعد تقديمه يُرجى تسجيل ذلك في Teilhabe؛ عندها ينتقل الموعد التالي.
mail-cycle-link = إلى الهيئة (يتطلب تسجيل الدخول):

# متابعة القرارات
body-resolutions = متابعة القرارات
body-resolutions-text = ما آلت إليه القرارات
resolutions-intro = ما قرره المجلس ولجانه أو طلب دراسته أو أجّله: من ينفذه، وحتى متى، وإلى أين وصل، وما الإجراءات المرتبطة به.
resolutions-none = لم تُسجَّل قرارات علنية.
resolutions-caption = القرارات وحالتها، الأحدث أولاً
resolutions-download = تنزيل القائمة
resolution-col-subject = القرار
resolution-col-decided = صدر في
resolution-col-due = الموعد النهائي
resolution-col-measures = الإجراءات
resolution-overdue = انقضى الموعد
resolution-done-on = أُنجز في { $date }
resolution-deferred-until = مؤجل حتى { $date }
resolution-kind-resolution = قرار
resolution-kind-review_request = طلب دراسة
resolution-kind-deferral = مسألة مؤجلة
resolution-status-open = مفتوح
resolution-status-in_progress = قيد التنفيذ
resolution-status-done = منجز
resolution-status-deferred = مؤجل
mail-resolution-due-subject = انقضى الموعد: { $title }
mail-resolution-due = انقضى الموعد النهائي لـ „{ $title }“ ({ $decided }) في { $date }. ولا يزال القيد في متابعة القرارات لدى { $body } بحالة „{ $status }“. يُرجى تسجيل الحالة أو تحديد موعد جديد.
mail-resolution-resubmission-subject = إعادة عرض: { $title }
mail-resolution-resubmission = أُجِّل „{ $title }“ ({ $decided }) حتى { $date } ويجب عرضه من جديد الآن ({ $body }).
mail-resolution-link = إلى القيد (يتطلب تسجيل الدخول):

# Comparison of concept versions
compare-link = ما الذي تغيّر مقارنةً بهذه النسخة
compare-title = مقارنة النسخ
compare-with = مقارنة «{ $version }» مع
compare-show = عرض المقارنة
compare-none = لا توجد نسخة أخرى يمكن مقارنة هذه النسخة بها.
compare-intro = ما الذي تغيّر من { $old } إلى { $new }.
compare-older = النسخة الأقدم
compare-newer = النسخة الأحدث
compare-caption = التغييرات حسب الجزء
compare-col-kind = الجزء
compare-no-differences = لا يوجد فرق بين النسختين.
compare-added = جديد
compare-changed = معدَّل
compare-moved = منقول
compare-changed_and_moved = معدَّل ومنقول
compare-removed = محذوف
compare-kind-principle = المبادئ التوجيهية
compare-kind-field = مجالات العمل
compare-kind-goal = الأهداف
compare-kind-measure = الإجراءات
compare-moved-from = نُقل من «{ $from }» إلى «{ $to }»
compare-ended = انتهى. السبب: { $reason }
compare-dropped = لم يُستمر فيه
compare-removed-words = محذوف:
compare-added-words = مُضاف:
compare-field-title = العنوان
compare-field-text = النص
compare-field-description = الوصف
compare-field-target_note = القيمة المستهدفة
compare-field-code = الرقم
compare-field-lead = الجهة المسؤولة
compare-field-period = الفترة
compare-field-scope = المنطقة
compare-field-priority = الأولوية
measure-versions = نسخ المفهوم
measure-continues = استمرار لـ:
measure-continued-in = يُستكمل في:
measure-history-across = يتضمن السجل أيضًا تقارير سير العمل من النسخ السابقة.
concept-consultation = هذه النسخة مسودة مفتوحة للتعليق من { $from } حتى { $until }.
