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
