//! Translated sentences of the assessment module.
//!
//! Placeholders in `{braces}` are filled by [`crate::i18n::fill`]. Paths and
//! ids stay untranslated: they are what the author must look for in the file.

crate::messages! {
    /// One sentence per kind of instrument problem.
    pub enum ProblemMsg {
        JsonSyntax {
            en: "The file is not valid JSON: the error is at line {line}, column {column}.",
            tr: "Dosya geçerli bir JSON değil: hata {line}. satır, {column}. sütunda.",
            fa: "این فایل JSON معتبر نیست: خطا در سطر {line}، ستون {column} است.",
        },
        JsonEof {
            en: "The file ends too early (line {line}, column {column}); something is missing at the end, such as a closing bracket.",
            tr: "Dosya beklenenden erken bitiyor ({line}. satır, {column}. sütun); dosyanın sonunda kapanış parantezi gibi bir şey eksik.",
            fa: "فایل زودتر از انتظار تمام شده است (سطر {line}، ستون {column})؛ چیزی مانند یک کروشه یا آکولاد بسته در پایان آن جا افتاده است.",
        },
        ExpectedObject {
            en: "This value must be an object ({ … }).",
            tr: "Bu değer bir nesne ({ … }) olmalı.",
            fa: "این مقدار باید یک شیء ({ … }) باشد.",
        },
        ExpectedArray {
            en: "This value must be a list ([ … ]).",
            tr: "Bu değer bir liste ([ … ]) olmalı.",
            fa: "این مقدار باید یک فهرست ([ … ]) باشد.",
        },
        ExpectedString {
            en: "This value must be text in double quotes.",
            tr: "Bu değer çift tırnak içinde bir metin olmalı.",
            fa: "این مقدار باید متنی درون گیومه دوتایی (\"…\") باشد.",
        },
        ExpectedNumber {
            en: "This value must be a number.",
            tr: "Bu değer bir sayı olmalı.",
            fa: "این مقدار باید یک عدد باشد.",
        },
        ExpectedInteger {
            en: "This value must be a whole number.",
            tr: "Bu değer bir tam sayı olmalı.",
            fa: "این مقدار باید یک عدد صحیح باشد.",
        },
        ExpectedBool {
            en: "This value must be true or false.",
            tr: "Bu değer true ya da false olmalı.",
            fa: "این مقدار باید true یا false باشد.",
        },
        MissingField {
            en: "This required field is missing.",
            tr: "Bu zorunlu anahtar eksik.",
            fa: "این فیلد الزامی است اما وجود ندارد.",
        },
        UnknownField {
            en: "The format has no field with this name; check the spelling.",
            tr: "Biçimde bu adda bir anahtar yok; yazımını kontrol edin.",
            fa: "در این قالب فیلدی با این نام وجود ندارد؛ املای آن را بررسی کنید.",
        },
        DuplicateField {
            en: "This field appears more than once in the same object.",
            tr: "Bu anahtar aynı nesnede birden fazla kez geçiyor.",
            fa: "این فیلد بیش از یک بار در همان شیء آمده است.",
        },
        WrongFormat {
            en: "The format must be “kilit-instrument/1”, not “{value}”.",
            tr: "Biçim “{value}” değil, “kilit-instrument/1” olmalı.",
            fa: "قالب باید «kilit-instrument/1» باشد، نه «{value}».",
        },
        BadId {
            en: "“{value}” is not a valid id: use 1 to 64 lowercase Latin letters, digits and underscores (hyphens instead of underscores in the instrument id).",
            tr: "“{value}” geçerli bir kimlik değil: küçük Latin harfleri, rakamlar ve alt çizgiden oluşan 1–64 karakterlik bir kimlik kullanın (anketin kendi kimliğinde alt çizgi yerine kısa çizgi kullanın).",
            fa: "«{value}» شناسه معتبری نیست: از ۱ تا ۶۴ نویسه از حروف کوچک لاتین، رقم و زیرخط استفاده کنید (در شناسه خود پرسشنامه، به‌جای زیرخط از خط تیره استفاده کنید).",
        },
        DuplicateId {
            en: "The id “{value}” is already used above.",
            tr: "“{value}” kimliği yukarıda zaten kullanılmış.",
            fa: "شناسه «{value}» پیش‌تر در بالا به کار رفته است.",
        },
        UnknownDimension {
            en: "There is no dimension with the id “{value}”.",
            tr: "“{value}” kimlikli bir alan yok.",
            fa: "هیچ حوزه‌ای با شناسه «{value}» تعریف نشده است.",
        },
        UnknownBand {
            en: "There is no maturity band with the id “{value}”.",
            tr: "“{value}” kimlikli bir olgunluk düzeyi yok.",
            fa: "هیچ سطح بلوغی با شناسه «{value}» تعریف نشده است.",
        },
        UnknownItemKind {
            en: "“{value}” is not an item kind; use “agree5”, “yes_no” or “scale10”.",
            tr: "“{value}” bir ifade türü değil; “agree5”, “yes_no” ya da “scale10” kullanın.",
            fa: "«{value}» از انواع گزاره نیست؛ از «agree5»، «yes_no» یا «scale10» استفاده کنید.",
        },
        UnsupportedLocale {
            en: "Kilit has no language “{value}”; use “tr”, “en” or “fa”.",
            tr: "Kilit'te “{value}” dili yok; “tr”, “en” ya da “fa” kullanın.",
            fa: "Kilit از زبان «{value}» پشتیبانی نمی‌کند؛ از «tr»، «en» یا «fa» استفاده کنید.",
        },
        DuplicateLocale {
            en: "The language “{value}” is listed twice.",
            tr: "“{value}” dili listede iki kez geçiyor.",
            fa: "زبان «{value}» دو بار آمده است.",
        },
        UndeclaredLocale {
            en: "This text is in “{value}”, which is not listed in “locales”.",
            tr: "Bu metin “{value}” dilinde, ancak bu dil “locales” listesinde yok.",
            fa: "این متن به زبان «{value}» است، اما این زبان در فهرست «locales» نیامده است.",
        },
        MissingLocale {
            en: "The text in “{value}” is missing.",
            tr: "“{value}” dilindeki metin eksik.",
            fa: "متن به زبان «{value}» وجود ندارد.",
        },
        BlankText {
            en: "This text is empty.",
            tr: "Bu metin boş.",
            fa: "این متن خالی است.",
        },
        NonPositiveWeight {
            en: "A weight must be greater than 0.",
            tr: "Ağırlık 0'dan büyük olmalı.",
            fa: "وزن باید بزرگ‌تر از صفر باشد.",
        },
        WeightTooLarge {
            en: "A weight must not be greater than 1000.",
            tr: "Ağırlık 1000'den büyük olamaz.",
            fa: "وزن نباید بزرگ‌تر از ۱۰۰۰ باشد.",
        },
        FirstBandNotZero {
            en: "The first maturity band must start at 0, so that every score falls in a band.",
            tr: "Her puanın bir düzeye karşılık gelmesi için ilk olgunluk düzeyi 0'dan başlamalı.",
            fa: "نخستین سطح بلوغ باید از صفر شروع شود تا هر امتیازی در سطحی قرار بگیرد.",
        },
        BandsNotAscending {
            en: "Each maturity band must start higher than the band before it.",
            tr: "Her olgunluk düzeyi, bir öncekinden daha yüksek bir değerden başlamalı.",
            fa: "هر سطح بلوغ باید از عددی بزرگ‌تر از سطح پیش از خود شروع شود.",
        },
        BandOutOfRange {
            en: "A band threshold must be between 0 and 100.",
            tr: "Olgunluk düzeyi eşiği 0 ile 100 arasında olmalı.",
            fa: "آستانه هر سطح باید بین ۰ و ۱۰۰ باشد.",
        },
        NoItemsInDimension {
            en: "No item belongs to the dimension “{value}”.",
            tr: "“{value}” alanına ait hiç ifade yok.",
            fa: "هیچ گزاره‌ای به حوزه «{value}» تعلق ندارد.",
        },
        NoRecommendation {
            en: "The dimension “{value}” has no recommendation.",
            tr: "“{value}” alanı için hiç öneri yok.",
            fa: "برای حوزه «{value}» هیچ توصیه‌ای نوشته نشده است.",
        },
        DuplicateRecommendation {
            en: "There is already a recommendation for the dimension “{dimension}” and the band “{band}”.",
            tr: "“{dimension}” alanı ve “{band}” düzeyi için zaten bir öneri var.",
            fa: "برای حوزه «{dimension}» و سطح «{band}» پیش‌تر توصیه‌ای نوشته شده است.",
        },
        BadHorizon {
            en: "The horizon must be 30, 60 or 90 days.",
            tr: "Süre 30, 60 ya da 90 gün olmalı.",
            fa: "بازه زمانی باید ۳۰، ۶۰ یا ۹۰ روز باشد.",
        },
        EmptyList {
            en: "This list must not be empty.",
            tr: "Bu liste boş olamaz.",
            fa: "این فهرست نباید خالی باشد.",
        },
    }
}

crate::messages! {
    /// Labels of answers, statuses and plan horizons.
    pub enum Term {
        StronglyDisagree { en: "Strongly disagree", tr: "Kesinlikle katılmıyorum", fa: "کاملاً مخالفم" },
        Disagree { en: "Disagree", tr: "Katılmıyorum", fa: "مخالفم" },
        Neutral { en: "Neither agree nor disagree", tr: "Ne katılıyorum ne katılmıyorum", fa: "نه موافقم نه مخالفم" },
        Agree { en: "Agree", tr: "Katılıyorum", fa: "موافقم" },
        StronglyAgree { en: "Strongly agree", tr: "Kesinlikle katılıyorum", fa: "کاملاً موافقم" },
        No { en: "No", tr: "Hayır", fa: "خیر" },
        Yes { en: "Yes", tr: "Evet", fa: "بله" },
        ScaleLow { en: "0 = not at all", tr: "0 = hiç", fa: "۰ = اصلاً" },
        ScaleHigh { en: "10 = completely", tr: "10 = tamamen", fa: "۱۰ = کاملاً" },
        NotApplicable { en: "Not applicable / don't know", tr: "Geçerli değil / bilmiyorum", fa: "موضوعیت ندارد / نمی‌دانم" },
        NotEnoughAnswers { en: "Not enough answers", tr: "Yeterli yanıt yok", fa: "پاسخ کافی نیست" },
        Days30 { en: "30 days", tr: "30 gün", fa: "۳۰ روز" },
        Days60 { en: "60 days", tr: "60 gün", fa: "۶۰ روز" },
        Days90 { en: "90 days", tr: "90 gün", fa: "۹۰ روز" },
    }
}
