//! Words of saving, loading, exporting and sharing.

crate::messages! {
    /// Messages of the persistence layer: load and import errors, parts of a
    /// workspace that could not be read, workspace names, share links and
    /// CSV column headings.
    pub enum PersistMsg {
        // Loading and importing.
        LoadEmpty {
            en: "The data is empty.",
            tr: "Veri boş.",
            fa: "داده خالی است.",
        },
        LoadNotJson {
            en: "The data is not valid JSON (line {line}, column {column}).",
            tr: "Veri geçerli bir JSON değil (satır {line}, sütun {column}).",
            fa: "این داده JSON معتبر نیست (سطر {line}، ستون {column}).",
        },
        LoadTruncated {
            en: "The data ends too early; it was probably cut off while being saved or copied.",
            tr: "Veri yarıda kesilmiş; büyük olasılıkla kaydedilirken ya da kopyalanırken eksik kalmış.",
            fa: "داده ناقص است و زودتر از انتظار تمام می‌شود؛ احتمالاً هنگام ذخیره یا کپی بریده شده است.",
        },
        LoadNotWorkspace {
            en: "This is not a Kilit workspace.",
            tr: "Bu bir Kilit çalışma dosyası değil.",
            fa: "این یک فضای کاری Kilit نیست.",
        },
        LoadWrongFormat {
            en: "This is a “{found}” file, not a Kilit workspace.",
            tr: "Bu bir “{found}” dosyası; Kilit çalışma dosyası değil.",
            fa: "این یک فایل «{found}» است، نه فضای کاری Kilit.",
        },
        LoadBadVersion {
            en: "The data does not say which version of the format it uses.",
            tr: "Veri, biçimin hangi sürümünü kullandığını belirtmiyor.",
            fa: "در این داده مشخص نیست از کدام نسخهٔ قالب استفاده شده است.",
        },
        LoadTooNew {
            en: "This workspace was saved by a newer version of Kilit (format {found}; this version reads up to format {supported}). Reload the page to get the newest version and try again.",
            tr: "Bu çalışma dosyası Kilit'in daha yeni bir sürümüyle kaydedilmiş (biçim sürümü {found}; bu sürüm en çok {supported} numaralı biçimi okuyabiliyor). En yeni sürümü almak için sayfayı yeniden yükleyip tekrar deneyin.",
            fa: "این فضای کاری با نسخهٔ جدیدتری از Kilit ذخیره شده است (قالب {found}؛ این نسخه تا قالب {supported} را می‌خواند). صفحه را دوباره بارگذاری کنید تا جدیدترین نسخه را بگیرید و دوباره امتحان کنید.",
        },
        LoadNoData {
            en: "The data holds no workspace contents.",
            tr: "Verinin içinde çalışma dosyası içeriği yok.",
            fa: "این داده هیچ محتوایی از فضای کاری ندارد.",
        },
        LoadMigration {
            en: "The data could not be brought up to date from format {from}.",
            tr: "Veri, {from} numaralı biçimden güncel biçime dönüştürülemedi.",
            fa: "تبدیل داده از قالب {from} به قالب کنونی ممکن نشد.",
        },
        LoadTooLarge {
            en: "The file is too large to import ({size} MB; at most {max} MB).",
            tr: "Dosya içe aktarılamayacak kadar büyük ({size} MB; en fazla {max} MB).",
            fa: "این فایل برای وارد کردن بیش از حد بزرگ است ({size} مگابایت؛ حداکثر {max} مگابایت).",
        },
        StartedClean {
            en: "Your saved workspace could not be opened, so Kilit started with an empty one. A copy of the damaged data was kept in this browser.",
            tr: "Kayıtlı çalışma dosyanız açılamadı; bu yüzden Kilit boş bir dosyayla başladı. Hasarlı verinin bir kopyası bu tarayıcıda saklandı.",
            fa: "فضای کاری ذخیره‌شدهٔ شما باز نشد، برای همین Kilit با یک فضای کاری خالی شروع کرد. یک نسخه از داده‌های آسیب‌دیده در همین مرورگر نگه داشته شد.",
        },
        PartlyRecovered {
            en: "Part of your saved workspace could not be read and was left out; everything else was loaded. A copy of the original data was kept in this browser.",
            tr: "Kayıtlı çalışma dosyanızın bir kısmı okunamadı ve dışarıda bırakıldı; geri kalan her şey yüklendi. Özgün verinin bir kopyası bu tarayıcıda saklandı.",
            fa: "بخشی از فضای کاری ذخیره‌شدهٔ شما خوانده نشد و کنار گذاشته شد؛ بقیه بارگذاری شد. یک نسخه از داده‌های اصلی در همین مرورگر نگه داشته شد.",
        },

        // What happened to a part that could not be read.
        EffectLeftOut {
            en: "{part} could not be read and was left out.",
            tr: "{part} okunamadı ve dışarıda bırakıldı.",
            fa: "{part} خوانده نشد و کنار گذاشته شد.",
        },
        EffectDefaultUsed {
            en: "{part} could not be read; the default is used instead.",
            tr: "{part} okunamadı; yerine varsayılan değer kullanılıyor.",
            fa: "{part} خوانده نشد؛ به‌جای آن مقدار پیش‌فرض به کار می‌رود.",
        },
        EffectDuplicate {
            en: "{part} has the same internal number as an earlier one and was left out.",
            tr: "{part}, öncekilerden biriyle aynı iç numaraya sahip olduğu için dışarıda bırakıldı.",
            fa: "{part} همان شمارهٔ داخلی یکی از موارد پیشین را دارد و کنار گذاشته شد.",
        },

        // Parts of a workspace, as the subject of the sentences above.
        PartLanguage { en: "The language", tr: "Dil", fa: "زبان" },
        PartSavedAt { en: "The time of saving", tr: "Kayıt zamanı", fa: "زمان ذخیره" },
        PartName { en: "The workspace name", tr: "Çalışma dosyasının adı", fa: "نام فضای کاری" },
        PartAssessment { en: "The self-assessment", tr: "Öz değerlendirme", fa: "خودارزیابی" },
        PartCurrentInstrument { en: "The chosen questionnaire", tr: "Seçili anket", fa: "پرسشنامهٔ انتخاب‌شده" },
        PartInstrument {
            en: "Everything saved for the questionnaire “{instrument}”",
            tr: "“{instrument}” anketi için kaydedilen her şey",
            fa: "هر آنچه برای پرسشنامهٔ «{instrument}» ذخیره شده بود",
        },
        PartAnswers {
            en: "The set of answers to “{instrument}”",
            tr: "“{instrument}” anketinin yanıtları",
            fa: "پاسخ‌های «{instrument}»",
        },
        PartAnswer {
            en: "The answer to “{item}” in “{instrument}”",
            tr: "“{instrument}” anketindeki “{item}” ifadesinin yanıtı",
            fa: "پاسخ «{item}» در «{instrument}»",
        },
        PartStep {
            en: "The step you had reached in “{instrument}”",
            tr: "“{instrument}” anketinde kaldığınız adım",
            fa: "گامی که در «{instrument}» به آن رسیده بودید",
        },
        PartPlan {
            en: "The action plan of “{instrument}”",
            tr: "“{instrument}” anketinin eylem planı",
            fa: "برنامهٔ اقدامِ «{instrument}»",
        },
        PartPlanRow {
            en: "Row {row} of the action plan of “{instrument}”",
            tr: "“{instrument}” eylem planının {row}. satırı",
            fa: "ردیف {row} از برنامهٔ اقدامِ «{instrument}»",
        },
        PartDismissed {
            en: "A suggestion you had removed from the plan of “{instrument}”",
            tr: "“{instrument}” planından çıkardığınız bir öneri",
            fa: "پیشنهادی که از برنامهٔ «{instrument}» حذف کرده بودید",
        },
        PartPortfolio { en: "The account list", tr: "Hesap listesi", fa: "فهرست مشتریان" },
        PartCurrency { en: "The currency", tr: "Para birimi", fa: "واحد پول" },
        PartAnalysisDate { en: "The analysis date", tr: "Analiz tarihi", fa: "تاریخ تحلیل" },
        PartRatingColumns {
            en: "The list of rated criteria",
            tr: "Puan verilen ölçütlerin listesi",
            fa: "فهرست معیارهای امتیازدهی‌شده",
        },
        PartNextId {
            en: "The counter that numbers new accounts",
            tr: "Yeni hesapları numaralandıran sayaç",
            fa: "شمارنده‌ای که به مشتریان تازه شماره می‌دهد",
        },
        PartAccount { en: "Account {n}", tr: "{n}. hesap", fa: "مشتری شمارهٔ {n}" },
        PartAccountNamed {
            en: "Account {n} (“{name}”)",
            tr: "{n}. hesap (“{name}”)",
            fa: "مشتری شمارهٔ {n} («{name}»)",
        },
        PartAccountField {
            en: "The field “{field}” of “{name}”",
            tr: "“{name}” hesabının “{field}” alanı",
            fa: "فیلد «{field}» مشتری «{name}»",
        },
        PartRatings { en: "Ratings", tr: "Puanlar", fa: "امتیازها" },
        PartSettings { en: "The selection settings", tr: "Seçim ayarları", fa: "تنظیمات انتخاب" },
        PartSetting { en: "The setting “{setting}”", tr: "“{setting}” ayarı", fa: "تنظیم «{setting}»" },
        PartOverride {
            en: "A pin or exclusion (account number {id})",
            tr: "Bir sabitleme ya da dışarıda bırakma kararı (hesap numarası {id})",
            fa: "یک تصمیمِ سنجاق‌کردن یا کنارگذاشتن (شمارهٔ مشتری {id})",
        },
        PartOverrideUnknown {
            en: "A pin or exclusion",
            tr: "Bir sabitleme ya da dışarıda bırakma kararı",
            fa: "یک تصمیمِ سنجاق‌کردن یا کنارگذاشتن",
        },
        PartIndexEntry {
            en: "Entry {n} of the workspace list",
            tr: "Çalışma dosyası listesinin {n}. kaydı",
            fa: "مورد {n} در فهرست فضاهای کاری",
        },
        PartWorkspaceList {
            en: "The workspace list",
            tr: "Çalışma dosyası listesi",
            fa: "فهرست فضاهای کاری",
        },
        PartCurrentWorkspace {
            en: "The choice of the open workspace",
            tr: "Açık çalışma dosyası seçimi",
            fa: "انتخاب فضای کاری باز",
        },

        // Settings that the workbench messages do not name.
        SettingWeights { en: "Criterion weights", tr: "Ölçüt ağırlıkları", fa: "وزن معیارها" },
        SettingGroupWeights { en: "Weights of the two axes", tr: "İki eksenin ağırlıkları", fa: "وزن دو محور" },
        SettingAbcBasis { en: "Basis of the ABC classes", tr: "ABC sınıflarının temeli", fa: "مبنای طبقه‌بندی ABC" },
        SettingChurnDays {
            en: "Days without a purchase that raise a warning",
            tr: "Uyarı için alımsız geçen gün sayısı",
            fa: "تعداد روزهای بدون خرید برای هشدار",
        },
        SettingHighRating { en: "Rating that counts as high", tr: "Yüksek sayılan puan", fa: "امتیازی که بالا به شمار می‌آید" },
        SettingLowRating { en: "Rating that counts as low", tr: "Düşük sayılan puan", fa: "امتیازی که پایین به شمار می‌آید" },
        SettingRegularMonths {
            en: "Months with a purchase for a regular customer",
            tr: "Düzenli müşteri için alım yapılan ay sayısı",
            fa: "تعداد ماه‌های دارای خرید برای مشتری منظم",
        },
        SettingCapacity { en: "Key-account capacity", tr: "Kilit müşteri kapasitesi", fa: "ظرفیت مدیریت مشتریان کلیدی" },

        // Named workspaces.
        WorkspaceDefaultName { en: "Workspace {n}", tr: "Çalışma dosyası {n}", fa: "فضای کاری {n}" },
        WorkspaceCopyName { en: "{name} (copy)", tr: "{name} (kopya)", fa: "{name} (رونوشت)" },
        WorkspaceCopyNameN { en: "{name} (copy {n})", tr: "{name} (kopya {n})", fa: "{name} (رونوشت {n})" },
        NameEmpty {
            en: "Give the workspace a name.",
            tr: "Çalışma dosyasına bir ad verin.",
            fa: "برای فضای کاری نامی بنویسید.",
        },
        NameTooLong {
            en: "A workspace name can be at most {max} characters long.",
            tr: "Çalışma dosyasının adı en fazla {max} karakter olabilir.",
            fa: "نام فضای کاری حداکثر {max} نویسه می‌تواند باشد.",
        },
        NameTaken {
            en: "Another workspace is already called “{name}”.",
            tr: "“{name}” adında başka bir çalışma dosyası zaten var.",
            fa: "فضای کاری دیگری از قبل «{name}» نام دارد.",
        },
        WorkspaceNotFound {
            en: "That workspace no longer exists.",
            tr: "Bu çalışma dosyası artık yok.",
            fa: "این فضای کاری دیگر وجود ندارد.",
        },

        // Share links.
        ExportJson { en: "Export JSON", tr: "JSON olarak dışa aktar", fa: "خروجی JSON" },
        ShareNotLink {
            en: "This is not a Kilit share link.",
            tr: "Bu bir Kilit paylaşım bağlantısı değil.",
            fa: "این پیوند اشتراک‌گذاری Kilit نیست.",
        },
        ShareTooNew {
            en: "This link was made by a newer version of Kilit (link format {found}). Reload the page to get the newest version and open the link again.",
            tr: "Bu bağlantı Kilit'in daha yeni bir sürümüyle oluşturulmuş (bağlantı biçimi {found}). En yeni sürümü almak için sayfayı yeniden yükleyin ve bağlantıyı yeniden açın.",
            fa: "این پیوند با نسخهٔ جدیدتری از Kilit ساخته شده است (قالب پیوند {found}). صفحه را دوباره بارگذاری کنید تا جدیدترین نسخه را بگیرید و پیوند را دوباره باز کنید.",
        },
        ShareBadCharacter {
            en: "This link contains a character that does not belong in it (at position {position}). Copy the link again.",
            tr: "Bu bağlantıda, içinde olmaması gereken bir karakter var ({position}. sırada). Bağlantıyı yeniden kopyalayın.",
            fa: "در این پیوند نویسه‌ای هست که نباید باشد (در جایگاه {position}). پیوند را دوباره کپی کنید.",
        },
        ShareTruncated {
            en: "This link is incomplete: part of it was lost, probably when it was copied. Copy all of it, or ask for the link again.",
            tr: "Bu bağlantı eksik: bir kısmı büyük olasılıkla kopyalanırken kaybolmuş. Bağlantının tamamını kopyalayın ya da yeniden isteyin.",
            fa: "این پیوند ناقص است: احتمالاً بخشی از آن هنگام کپی از دست رفته است. همهٔ پیوند را کپی کنید یا دوباره آن را بخواهید.",
        },
        ShareDamaged {
            en: "This link has been changed or damaged, so it cannot be opened. Ask for the link again.",
            tr: "Bu bağlantı değiştirilmiş ya da bozulmuş; bu yüzden açılamıyor. Bağlantıyı yeniden isteyin.",
            fa: "این پیوند تغییر کرده یا آسیب دیده است و باز نمی‌شود. پیوند را دوباره بخواهید.",
        },
        ShareTooLarge {
            en: "This is too large to share as a link ({size} characters; a link can hold at most {limit}). Use “{export}” and send the file instead.",
            tr: "Bu içerik bağlantı olarak paylaşılamayacak kadar büyük ({size} karakter; bir bağlantı en fazla {limit} karakter alabilir). Bunun yerine “{export}” ile dosyayı gönderin.",
            fa: "این محتوا برای اشتراک‌گذاری به‌صورت پیوند بیش از حد بزرگ است ({size} نویسه؛ یک پیوند حداکثر {limit} نویسه جا دارد). به‌جای آن با «{export}» فایل را بفرستید.",
        },
        ShareUnreadable {
            en: "The contents of this link could not be read. Ask for the link again.",
            tr: "Bu bağlantının içeriği okunamadı. Bağlantıyı yeniden isteyin.",
            fa: "محتوای این پیوند خوانده نشد. پیوند را دوباره بخواهید.",
        },
        ShareContentsTooLarge {
            en: "The contents of this link are too large to open.",
            tr: "Bu bağlantının içeriği açılamayacak kadar büyük.",
            fa: "محتوای این پیوند برای باز شدن بیش از حد بزرگ است.",
        },
        ShareWrongKind {
            en: "The contents of this link do not match what the link says it holds. Ask for the link again.",
            tr: "Bu bağlantının içeriği, bağlantının taşıdığını söylediği şeyle uyuşmuyor. Bağlantıyı yeniden isteyin.",
            fa: "محتوای این پیوند با نوعی که پیوند اعلام می‌کند همخوانی ندارد. پیوند را دوباره بخواهید.",
        },

        // CSV column headings.
        CsvRank { en: "Rank", tr: "Sıra", fa: "رتبه" },
        CsvStatus { en: "Shortlist status", tr: "Kısa liste durumu", fa: "وضعیت در فهرست کوتاه" },
        CsvQuadrant { en: "Portfolio quadrant", tr: "Portföy matrisindeki yeri", fa: "خانهٔ ماتریس سبد مشتریان" },
        CsvAbc { en: "ABC class", tr: "ABC sınıfı", fa: "طبقهٔ ABC" },
        CsvAbcShare { en: "Cumulative share (%)", tr: "Kümülatif pay (%)", fa: "سهم تجمعی (٪)" },
        CsvRevenueAbc { en: "ABC class by revenue", tr: "Ciroya göre ABC sınıfı", fa: "طبقهٔ ABC بر پایهٔ درآمد" },
        CsvXyz { en: "XYZ class", tr: "XYZ sınıfı", fa: "طبقهٔ XYZ" },
        CsvCv { en: "Coefficient of variation", tr: "Değişim katsayısı", fa: "ضریب تغییرات" },
        CsvProfitShare { en: "Share of total profit (%)", tr: "Toplam kârdaki pay (%)", fa: "سهم از کل سود (٪)" },
        CsvKind { en: "Key-account kind", tr: "Kilit müşteri türü", fa: "نوع مشتری کلیدی" },
        CsvLadder { en: "Customer ladder", tr: "Müşteri merdiveni", fa: "نردبان مشتری" },
        CsvDaysSincePurchase { en: "Days since last purchase", tr: "Son alımdan bu yana geçen gün", fa: "روزهای گذشته از آخرین خرید" },
        CsvOrderChange { en: "Change in orders (%)", tr: "Sipariş sayısındaki değişim (%)", fa: "تغییر تعداد سفارش‌ها (٪)" },
        CsvNoRecentPurchase { en: "Warning: no recent purchase", tr: "Uyarı: uzun süredir alım yok", fa: "هشدار: مدتی است خریدی نشده" },
        CsvOrdersDown { en: "Warning: orders falling", tr: "Uyarı: siparişler düşüyor", fa: "هشدار: سفارش‌ها رو به کاهش است" },
        CsvCoverage { en: "Weight with known data (%)", tr: "Verisi bilinen ağırlık (%)", fa: "وزنِ دارای دادهٔ معلوم (٪)" },
        CsvUnknownCriteria { en: "Criteria with unknown data", tr: "Verisi bilinmeyen ölçütler", fa: "معیارهای بدون دادهٔ معلوم" },
        CsvCriterionScore { en: "{criterion} (1–5)", tr: "{criterion} (1–5)", fa: "{criterion} (۱ تا ۵)" },
        CsvArea { en: "Area", tr: "Alan", fa: "حوزه" },
        CsvAreaScore { en: "Area score (0–100)", tr: "Alan puanı (0–100)", fa: "امتیاز حوزه (۰ تا ۱۰۰)" },
        CsvLevel { en: "Maturity level", tr: "Olgunluk düzeyi", fa: "سطح بلوغ" },
        CsvItem { en: "Statement code", tr: "İfade kodu", fa: "کد گزاره" },
        CsvStatement { en: "Statement", tr: "İfade", fa: "گزاره" },
        CsvAnswer { en: "Answer", tr: "Yanıt", fa: "پاسخ" },
        CsvAnswerWords { en: "Answer in words", tr: "Yanıtın sözel karşılığı", fa: "پاسخ به زبان ساده" },
        CsvOverall { en: "Overall index", tr: "Genel endeks", fa: "شاخص کلی" },
        // Saving in the browser (the header's status).
        SaveSaved { en: "Saved", tr: "Kaydedildi", fa: "ذخیره شد" },
        SaveSaving { en: "Saving…", tr: "Kaydediliyor…", fa: "در حال ذخیره…" },
        SaveNotKept { en: "Not kept on this device", tr: "Bu cihazda saklanmıyor", fa: "در این دستگاه نگه داشته نمی‌شود" },
        SaveUnavailable { en: "Not saved: no storage", tr: "Kaydedilmiyor: depolama yok", fa: "ذخیره نمی‌شود: فضای ذخیره‌سازی نیست" },
        SaveConflict { en: "Changed in another tab", tr: "Başka bir sekmede değişti", fa: "در زبانهٔ دیگری تغییر کرد" },
        SaveFailed { en: "Not saved", tr: "Kaydedilemedi", fa: "ذخیره نشد" },
        CurrentWorkspace {
            en: "Workspace: {name}. Manage workspaces",
            tr: "Çalışma dosyası: {name}. Çalışma dosyalarını yönet",
            fa: "فضای کاری: {name}. مدیریت فضاهای کاری",
        },

        // Notices.
        NoticeUnavailable {
            en: "This browser does not let Kilit keep data here (private window, blocked storage or a full disk). You can keep working, but your work will be gone when you close or reload the page. Download a JSON copy to keep it.",
            tr: "Bu tarayıcı Kilit'in burada veri saklamasına izin vermiyor (gizli pencere, engellenmiş depolama ya da dolu disk). Çalışmaya devam edebilirsiniz, ancak sayfayı kapattığınızda ya da yenilediğinizde çalışmanız kaybolur. Saklamak için JSON kopyasını indirin.",
            fa: "این مرورگر اجازه نمی‌دهد Kilit داده‌ای را اینجا نگه دارد (پنجرهٔ خصوصی، فضای ذخیره‌سازیِ مسدود یا دیسک پر). می‌توانید به کار ادامه دهید، اما با بستن یا بارگذاری دوبارهٔ صفحه کارتان از بین می‌رود. برای نگه داشتن آن، یک نسخهٔ JSON بارگیری کنید.",
        },
        NoticeSaveFailed {
            en: "Your latest changes could not be saved in this browser (its storage may be full). Kilit keeps working and tries again on your next change; download a JSON copy to be safe.",
            tr: "Son değişiklikleriniz bu tarayıcıya kaydedilemedi (depolama alanı dolmuş olabilir). Kilit çalışmaya devam ediyor ve bir sonraki değişikliğinizde yeniden deneyecek; güvende olmak için JSON kopyasını indirin.",
            fa: "آخرین تغییرات شما در این مرورگر ذخیره نشد (شاید فضای ذخیره‌سازی پر باشد). Kilit به کار ادامه می‌دهد و با تغییر بعدی دوباره تلاش می‌کند؛ برای اطمینان یک نسخهٔ JSON بارگیری کنید.",
        },
        NoticeNotKept {
            en: "Nothing is kept on this device: your work is gone when you close or reload the page. Download a JSON copy to keep it.",
            tr: "Bu cihazda hiçbir şey saklanmıyor: sayfayı kapattığınızda ya da yenilediğinizde çalışmanız kaybolur. Saklamak için JSON kopyasını indirin.",
            fa: "در این دستگاه چیزی نگه داشته نمی‌شود: با بستن یا بارگذاری دوبارهٔ صفحه کارتان از بین می‌رود. برای نگه داشتن آن، یک نسخهٔ JSON بارگیری کنید.",
        },
        NoticeBackupKept {
            en: "The original data was kept in this browser under “{key}”.",
            tr: "Özgün veri bu tarayıcıda “{key}” adıyla saklandı.",
            fa: "دادهٔ اصلی در همین مرورگر با نام «{key}» نگه داشته شد.",
        },
        NoticeConflict {
            en: "This workspace was changed in another tab while you had unsaved changes here. Nothing was overwritten. Load the other tab's version, or keep yours as a copy.",
            tr: "Bu sekmede kaydedilmemiş değişiklikleriniz varken bu çalışma dosyası başka bir sekmede değiştirildi. Hiçbir şeyin üzerine yazılmadı. Diğer sekmedeki sürümü yükleyin ya da kendi sürümünüzü kopya olarak saklayın.",
            fa: "در حالی که اینجا تغییرات ذخیره‌نشده داشتید، این فضای کاری در زبانهٔ دیگری تغییر کرد. چیزی بازنویسی نشد. نسخهٔ زبانهٔ دیگر را بارگذاری کنید یا نسخهٔ خودتان را به‌صورت رونوشت نگه دارید.",
        },
        LoadTheirs { en: "Load theirs", tr: "Diğer sürümü yükle", fa: "بارگذاری نسخهٔ دیگر" },
        KeepMine { en: "Keep mine as a copy", tr: "Benimkini kopya olarak sakla", fa: "نسخهٔ من را به‌صورت رونوشت نگه دار" },
        NoticeReloaded {
            en: "This workspace was updated from another tab.",
            tr: "Bu çalışma dosyası başka bir sekmeden güncellendi.",
            fa: "این فضای کاری از زبانهٔ دیگری به‌روز شد.",
        },
        NoticeErased {
            en: "All Kilit data in this browser was erased.",
            tr: "Bu tarayıcıdaki tüm Kilit verileri silindi.",
            fa: "همهٔ داده‌های Kilit در این مرورگر پاک شد.",
        },
        NoticeClose { en: "Close notice", tr: "Bildirimi kapat", fa: "بستن اعلان" },

        // The workspaces page.
        WorkspacesTitle { en: "Workspaces", tr: "Çalışma dosyaları", fa: "فضاهای کاری" },
        WorkspacesIntro {
            en: "Keep one workspace per client or project. Each is saved in this browser only, after every change; nothing is sent anywhere.",
            tr: "Her müşteri ya da proje için ayrı bir çalışma dosyası tutun. Her biri yalnızca bu tarayıcıya, her değişiklikten sonra kaydedilir; hiçbir yere gönderilmez.",
            fa: "برای هر مشتری یا پروژه یک فضای کاری جدا نگه دارید. هر کدام پس از هر تغییر فقط در همین مرورگر ذخیره می‌شود و به هیچ جا فرستاده نمی‌شود.",
        },
        WorkspacesNeedStorage {
            en: "Named workspaces need storage in this browser. Until then you work in one unsaved workspace.",
            tr: "Adlandırılmış çalışma dosyaları için bu tarayıcıda depolama gerekir. O zamana kadar kaydedilmeyen tek bir çalışma dosyasında çalışırsınız.",
            fa: "فضاهای کاری نام‌دار به فضای ذخیره‌سازی در این مرورگر نیاز دارند. تا آن زمان در یک فضای کاریِ ذخیره‌نشده کار می‌کنید.",
        },
        WorkspacesNone {
            en: "Nothing saved yet: your first change creates “{name}”.",
            tr: "Henüz kayıtlı bir şey yok: ilk değişikliğiniz “{name}” dosyasını oluşturur.",
            fa: "هنوز چیزی ذخیره نشده است: نخستین تغییر شما «{name}» را می‌سازد.",
        },
        WorkspaceOpenNow { en: "Open now", tr: "Şu an açık", fa: "اکنون باز است" },
        WorkspaceLastSaved { en: "Last saved {time}", tr: "Son kayıt: {time}", fa: "آخرین ذخیره: {time}" },
        WorkspaceOpen { en: "Open", tr: "Aç", fa: "باز کردن" },
        WorkspaceRename { en: "Rename", tr: "Yeniden adlandır", fa: "تغییر نام" },
        WorkspaceDuplicate { en: "Duplicate", tr: "Çoğalt", fa: "رونوشت" },
        WorkspaceDelete { en: "Delete", tr: "Sil", fa: "حذف" },
        WorkspaceNew { en: "New workspace", tr: "Yeni çalışma dosyası", fa: "فضای کاری تازه" },
        WorkspaceName { en: "Name", tr: "Ad", fa: "نام" },
        WorkspaceCreate { en: "Create and open", tr: "Oluştur ve aç", fa: "ساختن و باز کردن" },
        WorkspaceSaveName { en: "Save name", tr: "Adı kaydet", fa: "ذخیرهٔ نام" },
        Cancel { en: "Cancel", tr: "Vazgeç", fa: "انصراف" },
        ConfirmDelete {
            en: "Delete “{name}”? Its answers, accounts and settings are removed from this browser and cannot be restored.",
            tr: "“{name}” silinsin mi? Yanıtları, hesapları ve ayarları bu tarayıcıdan kaldırılır ve geri getirilemez.",
            fa: "«{name}» حذف شود؟ پاسخ‌ها، مشتریان و تنظیمات آن از این مرورگر پاک می‌شود و قابل بازگرداندن نیست.",
        },
        StartOver { en: "Start over", tr: "Baştan başla", fa: "شروع دوباره" },
        ConfirmStartOver {
            en: "Clear everything in “{name}” and start with an empty workspace? Download a JSON copy first if you may need it again.",
            tr: "“{name}” içindeki her şey silinip boş bir çalışma dosyasıyla başlansın mı? Yeniden gerekebilecekse önce JSON kopyasını indirin.",
            fa: "همه‌چیز در «{name}» پاک شود و با یک فضای کاری خالی شروع کنید؟ اگر ممکن است دوباره لازم شود، اول یک نسخهٔ JSON بارگیری کنید.",
        },
        DownloadJson { en: "Download JSON copy", tr: "JSON kopyasını indir", fa: "بارگیری نسخهٔ JSON" },

        // This device.
        DeviceTitle { en: "This device", tr: "Bu cihaz", fa: "این دستگاه" },
        KeepNothing {
            en: "Don't keep anything on this device (shared or training computer)",
            tr: "Bu cihazda hiçbir şey saklama (ortak ya da eğitim bilgisayarı)",
            fa: "چیزی در این دستگاه نگه ندار (رایانهٔ مشترک یا آموزشی)",
        },
        KeepNothingHint {
            en: "Kilit then writes nothing here but this choice, and your work is gone when you close the page.",
            tr: "Bu durumda Kilit buraya bu seçim dışında hiçbir şey yazmaz ve sayfayı kapattığınızda çalışmanız kaybolur.",
            fa: "در این حالت Kilit جز همین انتخاب چیزی اینجا نمی‌نویسد و با بستن صفحه کارتان از بین می‌رود.",
        },
        ConfirmKeepNothing {
            en: "Stop keeping anything here and erase all workspaces Kilit has kept in this browser? The workspace on screen stays until you close the page.",
            tr: "Burada hiçbir şey saklanmasın ve Kilit'in bu tarayıcıda sakladığı tüm çalışma dosyaları silinsin mi? Ekrandaki çalışma dosyası sayfayı kapatana kadar kalır.",
            fa: "دیگر چیزی اینجا نگه داشته نشود و همهٔ فضاهای کاری‌ای که Kilit در این مرورگر نگه داشته پاک شود؟ فضای کاریِ روی صفحه تا بستن صفحه می‌ماند.",
        },
        EraseAndStop { en: "Erase and stop keeping", tr: "Sil ve saklamayı durdur", fa: "پاک کن و دیگر نگه ندار" },
        EraseAll { en: "Erase all Kilit data here", tr: "Buradaki tüm Kilit verilerini sil", fa: "پاک کردن همهٔ داده‌های Kilit در اینجا" },
        ConfirmEraseAll {
            en: "Erase every workspace, backup and setting Kilit has kept in this browser? This cannot be undone.",
            tr: "Kilit'in bu tarayıcıda sakladığı tüm çalışma dosyaları, yedekler ve ayarlar silinsin mi? Bu işlem geri alınamaz.",
            fa: "همهٔ فضاهای کاری، پشتیبان‌ها و تنظیماتی که Kilit در این مرورگر نگه داشته پاک شود؟ این کار برگشت‌پذیر نیست.",
        },
        EraseConfirmButton { en: "Erase everything", tr: "Her şeyi sil", fa: "همه‌چیز را پاک کن" },
    }
}
