//! The fixed words around a public survey (buttons, hints, error messages) in the portal's
//! languages. The survey's own texts come from its translations; these are the frame.

use teilhabe_domain::surveys::{Language, language};

/// The words of one language.
pub struct Words {
    pub language: &'static str,
    pub required: &'static str,
    pub submit: &'static str,
    pub errors_title: &'static str,
    pub required_missing: &'static str,
    pub not_an_option: &'static str,
    pub not_a_number: &'static str,
    /// `{n}` is replaced by the bound.
    pub too_small: &'static str,
    pub too_large: &'static str,
    pub too_long: &'static str,
    pub thanks_title: &'static str,
    pub thanks_text: &'static str,
    pub anonymous: &'static str,
    /// `{q}` and `{a}` are replaced by the question and the answer.
    pub condition: &'static str,
    pub closed: &'static str,
    pub code: &'static str,
    pub code_hint: &'static str,
    pub code_invalid: &'static str,
    pub german_only: &'static str,
    pub number_range: &'static str,
    /// Too many answers from one connection just now; `{n}` is minutes.
    pub too_many: &'static str,
}

const DE: Words = Words {
    language: "Sprache",
    required: "Pflichtfrage",
    submit: "Antworten absenden",
    errors_title: "Bitte prüfen Sie diese Angaben – gespeichert wurde noch nichts",
    required_missing: "Bitte beantworten Sie diese Frage.",
    not_an_option: "Bitte wählen Sie eine der angebotenen Antworten.",
    not_a_number: "Bitte geben Sie eine Zahl ein.",
    too_small: "Die Zahl muss mindestens {n} sein.",
    too_large: "Die Zahl darf höchstens {n} sein.",
    too_long: "Die Antwort ist zu lang.",
    thanks_title: "Vielen Dank!",
    thanks_text: "Ihre Antworten sind gespeichert – ohne Namen, ohne Konto und ohne IP-Adresse.",
    anonymous: "Die Befragung ist anonym. Gespeichert werden nur Ihre Antworten, der Tag und die Sprache.",
    condition: "Nur beantworten, wenn Sie bei „{q}“ die Antwort „{a}“ gewählt haben.",
    closed: "Diese Befragung ist beendet; Antworten sind nicht mehr möglich.",
    code: "Zugangscode",
    code_hint: "Den Code finden Sie in Ihrem Einladungsschreiben.",
    code_invalid: "Dieser Zugangscode ist unbekannt oder wurde schon benutzt.",
    german_only: "Dieser Text liegt nur auf Deutsch vor.",
    number_range: "Eine Zahl von {min} bis {max}.",
    too_many: "Von diesem Anschluss kamen gerade sehr viele Antworten. Ihre Angaben sind noch da; bitte in {n} Minuten noch einmal absenden.",
};

const EN: Words = Words {
    language: "Language",
    required: "Required",
    submit: "Send answers",
    errors_title: "Please check these answers – nothing has been saved yet",
    required_missing: "Please answer this question.",
    not_an_option: "Please choose one of the answers offered.",
    not_a_number: "Please enter a number.",
    too_small: "The number must be at least {n}.",
    too_large: "The number must be at most {n}.",
    too_long: "The answer is too long.",
    thanks_title: "Thank you!",
    thanks_text: "Your answers have been saved – without name, account or IP address.",
    anonymous: "The survey is anonymous. Only your answers, the day and the language are stored.",
    condition: "Only answer if you chose “{a}” for “{q}”.",
    closed: "This survey has ended; answers are no longer possible.",
    code: "Access code",
    code_hint: "You will find the code in your letter of invitation.",
    code_invalid: "This access code is unknown or has already been used.",
    german_only: "This text is only available in German.",
    number_range: "A number from {min} to {max}.",
    too_many: "Very many answers came from this connection just now. Your answers are still here; please send them again in {n} minutes.",
};

const AR: Words = Words {
    language: "اللغة",
    required: "سؤال إلزامي",
    submit: "إرسال الإجابات",
    errors_title: "يرجى التحقق من هذه الإجابات – لم يتم حفظ أي شيء بعد",
    required_missing: "يرجى الإجابة على هذا السؤال.",
    not_an_option: "يرجى اختيار إحدى الإجابات المعروضة.",
    not_a_number: "يرجى إدخال رقم.",
    too_small: "يجب أن يكون الرقم {n} على الأقل.",
    too_large: "يجب ألا يزيد الرقم عن {n}.",
    too_long: "الإجابة طويلة جدًا.",
    thanks_title: "شكرًا جزيلًا!",
    thanks_text: "تم حفظ إجاباتك – بدون اسم أو حساب أو عنوان IP.",
    anonymous: "الاستطلاع مجهول الهوية. يتم حفظ إجاباتك واليوم واللغة فقط.",
    condition: "أجب فقط إذا اخترت «{a}» في «{q}».",
    closed: "انتهى هذا الاستطلاع؛ لم تعد الإجابة ممكنة.",
    code: "رمز الدخول",
    code_hint: "تجد الرمز في رسالة الدعوة.",
    code_invalid: "رمز الدخول هذا غير معروف أو تم استخدامه من قبل.",
    german_only: "هذا النص متوفر باللغة الألمانية فقط.",
    number_range: "رقم من {min} إلى {max}.",
    too_many: "وصلت للتو إجابات كثيرة جداً من هذا الاتصال. إجاباتك لا تزال هنا؛ يرجى إرسالها مرة أخرى بعد {n} دقيقة.",
};

const UK: Words = Words {
    language: "Мова",
    required: "Обов’язкове питання",
    submit: "Надіслати відповіді",
    errors_title: "Будь ласка, перевірте ці відповіді – ще нічого не збережено",
    required_missing: "Будь ласка, дайте відповідь на це питання.",
    not_an_option: "Будь ласка, виберіть одну із запропонованих відповідей.",
    not_a_number: "Будь ласка, введіть число.",
    too_small: "Число має бути не менше {n}.",
    too_large: "Число має бути не більше {n}.",
    too_long: "Відповідь задовга.",
    thanks_title: "Щиро дякуємо!",
    thanks_text: "Ваші відповіді збережено – без імені, облікового запису та IP-адреси.",
    anonymous: "Опитування анонімне. Зберігаються лише ваші відповіді, день і мова.",
    condition: "Відповідайте лише, якщо у питанні «{q}» ви вибрали «{a}».",
    closed: "Це опитування завершено; відповіді більше неможливі.",
    code: "Код доступу",
    code_hint: "Код указано у вашому листі-запрошенні.",
    code_invalid: "Цей код доступу невідомий або вже використаний.",
    german_only: "Цей текст доступний лише німецькою мовою.",
    number_range: "Число від {min} до {max}.",
    too_many: "З цього підключення щойно надійшло дуже багато відповідей. Ваші відповіді збережено у формі; надішліть їх ще раз через {n} хв.",
};

const TR: Words = Words {
    language: "Dil",
    required: "Zorunlu soru",
    submit: "Yanıtları gönder",
    errors_title: "Lütfen bu yanıtları kontrol edin – henüz hiçbir şey kaydedilmedi",
    required_missing: "Lütfen bu soruyu yanıtlayın.",
    not_an_option: "Lütfen sunulan yanıtlardan birini seçin.",
    not_a_number: "Lütfen bir sayı girin.",
    too_small: "Sayı en az {n} olmalıdır.",
    too_large: "Sayı en fazla {n} olabilir.",
    too_long: "Yanıt çok uzun.",
    thanks_title: "Çok teşekkürler!",
    thanks_text: "Yanıtlarınız kaydedildi – isim, hesap ve IP adresi olmadan.",
    anonymous: "Anket anonimdir. Yalnızca yanıtlarınız, gün ve dil kaydedilir.",
    condition: "Yalnızca „{q}“ sorusunda „{a}“ seçtiyseniz yanıtlayın.",
    closed: "Bu anket sona erdi; artık yanıt verilemez.",
    code: "Erişim kodu",
    code_hint: "Kodu davet mektubunuzda bulabilirsiniz.",
    code_invalid: "Bu erişim kodu bilinmiyor veya daha önce kullanılmış.",
    german_only: "Bu metin yalnızca Almanca olarak mevcuttur.",
    number_range: "{min} ile {max} arasında bir sayı.",
    too_many: "Bu bağlantıdan az önce çok sayıda yanıt geldi. Yanıtlarınız hâlâ burada; lütfen {n} dakika sonra tekrar gönderin.",
};

const RU: Words = Words {
    language: "Язык",
    required: "Обязательный вопрос",
    submit: "Отправить ответы",
    errors_title: "Пожалуйста, проверьте эти ответы – пока ничего не сохранено",
    required_missing: "Пожалуйста, ответьте на этот вопрос.",
    not_an_option: "Пожалуйста, выберите один из предложенных ответов.",
    not_a_number: "Пожалуйста, введите число.",
    too_small: "Число должно быть не меньше {n}.",
    too_large: "Число должно быть не больше {n}.",
    too_long: "Ответ слишком длинный.",
    thanks_title: "Большое спасибо!",
    thanks_text: "Ваши ответы сохранены – без имени, учётной записи и IP-адреса.",
    anonymous: "Опрос анонимный. Сохраняются только ваши ответы, день и язык.",
    condition: "Отвечайте, только если в вопросе «{q}» вы выбрали «{a}».",
    closed: "Этот опрос завершён; ответы больше не принимаются.",
    code: "Код доступа",
    code_hint: "Код указан в вашем письме-приглашении.",
    code_invalid: "Этот код доступа неизвестен или уже использован.",
    german_only: "Этот текст доступен только на немецком языке.",
    number_range: "Число от {min} до {max}.",
    too_many: "С этого подключения только что пришло очень много ответов. Ваши ответы сохранены в форме; отправьте их снова через {n} мин.",
};

const FA: Words = Words {
    language: "زبان",
    required: "سؤال اجباری",
    submit: "ارسال پاسخ‌ها",
    errors_title: "لطفاً این پاسخ‌ها را بررسی کنید – هنوز چیزی ذخیره نشده است",
    required_missing: "لطفاً به این سؤال پاسخ دهید.",
    not_an_option: "لطفاً یکی از پاسخ‌های پیشنهادی را انتخاب کنید.",
    not_a_number: "لطفاً یک عدد وارد کنید.",
    too_small: "عدد باید حداقل {n} باشد.",
    too_large: "عدد باید حداکثر {n} باشد.",
    too_long: "پاسخ بیش از حد طولانی است.",
    thanks_title: "بسیار سپاسگزاریم!",
    thanks_text: "پاسخ‌های شما ذخیره شد – بدون نام، حساب کاربری و نشانی IP.",
    anonymous: "این نظرسنجی ناشناس است. فقط پاسخ‌های شما، روز و زبان ذخیره می‌شوند.",
    condition: "فقط در صورتی پاسخ دهید که در «{q}» گزینهٔ «{a}» را انتخاب کرده باشید.",
    closed: "این نظرسنجی به پایان رسیده است؛ دیگر امکان پاسخ دادن وجود ندارد.",
    code: "کد دسترسی",
    code_hint: "کد را در دعوت‌نامهٔ خود پیدا می‌کنید.",
    code_invalid: "این کد دسترسی ناشناخته است یا قبلاً استفاده شده است.",
    german_only: "این متن فقط به زبان آلمانی موجود است.",
    number_range: "عددی از {min} تا {max}.",
    too_many: "همین حالا پاسخ‌های بسیار زیادی از این اتصال رسید. پاسخ‌های شما هنوز اینجاست؛ لطفاً {n} دقیقه دیگر دوباره ارسال کنید.",
};

/// The words of `code`, German when the language is not offered.
pub fn words(code: &str) -> &'static Words {
    match code {
        "en" => &EN,
        "ar" => &AR,
        "uk" => &UK,
        "tr" => &TR,
        "ru" => &RU,
        "fa" => &FA,
        _ => &DE,
    }
}

/// The language for `code` (without one, `portal`: the request's language), German when it is
/// not offered.
pub fn lang_or_german(code: Option<&str>, portal: &str, offered: &[&str]) -> Language {
    code.or(Some(portal))
        .filter(|c| offered.contains(c))
        .and_then(language)
        .unwrap_or_else(|| language("de").expect("German"))
}
