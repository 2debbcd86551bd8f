//! Interface strings of the app shell and its pages.
//!
//! Content that belongs to an instrument or a checklist lives in that
//! instrument's data file, not here.

crate::messages! {
    /// Keys of the interface strings.
    pub enum Msg {
        AppName { en: "Kilit", tr: "Kilit", fa: "Kilit" },
        AppTagline {
            en: "Key-account selection and CRM readiness, in your browser",
            tr: "Kilit müşteri seçimi ve MİY hazırlığı, tarayıcınızda",
            fa: "انتخاب مشتریان کلیدی و سنجش آمادگی CRM، در مرورگر شما",
        },
        SkipToContent { en: "Skip to content", tr: "İçeriğe geç", fa: "رفتن به محتوا" },
        MainNavigation { en: "Main navigation", tr: "Ana menü", fa: "منوی اصلی" },
        NavHome { en: "Home", tr: "Ana sayfa", fa: "خانه" },
        NavAssessment { en: "Self-assessment", tr: "Öz değerlendirme", fa: "خودارزیابی" },
        NavAccounts { en: "Key accounts", tr: "Kilit müşteriler", fa: "مشتریان کلیدی" },
        NavReport { en: "Report", tr: "Rapor", fa: "گزارش" },
        LanguageLabel { en: "Language", tr: "Dil", fa: "زبان" },
        HomeTitle {
            en: "Find the customers that matter most, and see how ready you are to serve them",
            tr: "En önemli müşterilerinizi belirleyin, onlara hizmet etmeye ne kadar hazır olduğunuzu görün",
            fa: "مهم‌ترین مشتریان خود را بشناسید و ببینید چقدر برای خدمت به آن‌ها آماده‌اید",
        },
        HomeIntro {
            en: "Kilit has two tools. Use them on their own or one after the other; everything you enter stays on this device.",
            tr: "Kilit iki araçtan oluşur. İkisini ayrı ayrı ya da art arda kullanabilirsiniz; girdiğiniz her şey bu cihazda kalır.",
            fa: "Kilit دو ابزار دارد. می‌توانید هر کدام را جداگانه یا پشت سر هم به کار ببرید؛ هر چه وارد می‌کنید روی همین دستگاه می‌ماند.",
        },
        ModuleAssessmentTitle {
            en: "CRM readiness self-assessment",
            tr: "MİY hazırlık öz değerlendirmesi",
            fa: "خودارزیابی آمادگی CRM",
        },
        ModuleAssessmentBody {
            en: "Answer short statements about your company and get a score for each area, your maturity level and a 30/60/90-day action plan.",
            tr: "Şirketinizle ilgili kısa ifadeleri yanıtlayın; her alan için bir puan, olgunluk düzeyinizi ve 30/60/90 günlük bir eylem planı alın.",
            fa: "به چند گزاره کوتاه درباره شرکت خود پاسخ دهید و برای هر حوزه امتیاز، سطح بلوغ و یک برنامه اقدام ۳۰/۶۰/۹۰ روزه بگیرید.",
        },
        ModuleAssessmentCta { en: "Start the assessment", tr: "Değerlendirmeye başla", fa: "شروع خودارزیابی" },
        ModuleAccountsTitle {
            en: "Key-account selection",
            tr: "Kilit müşteri seçimi",
            fa: "انتخاب مشتریان کلیدی",
        },
        ModuleAccountsBody {
            en: "Enter or import your customer accounts and get a ranked shortlist of key accounts, with the reason behind every decision.",
            tr: "Müşteri hesaplarınızı girin ya da içe aktarın; her kararın gerekçesiyle birlikte sıralı bir kilit müşteri listesi alın.",
            fa: "حساب‌های مشتریان خود را وارد کنید و فهرستی رتبه‌بندی‌شده از مشتریان کلیدی، همراه با دلیل هر تصمیم، دریافت کنید.",
        },
        ModuleAccountsCta { en: "Open the workbench", tr: "Çalışma alanını aç", fa: "باز کردن میز کار" },
        FooterPrivacy {
            en: "Your data stays in this browser. Nothing you type is sent anywhere.",
            tr: "Verileriniz bu tarayıcıda kalır. Yazdığınız hiçbir şey bir yere gönderilmez.",
            fa: "داده‌های شما در همین مرورگر می‌ماند. هیچ چیزی از آنچه می‌نویسید به جایی فرستاده نمی‌شود.",
        },
        NotFoundTitle { en: "Page not found", tr: "Sayfa bulunamadı", fa: "صفحه پیدا نشد" },
        NotFoundBody {
            en: "There is no page at this address. Go back to the home page to continue.",
            tr: "Bu adreste bir sayfa yok. Devam etmek için ana sayfaya dönün.",
            fa: "در این نشانی صفحه‌ای وجود ندارد. برای ادامه به صفحه خانه برگردید.",
        },
        BackHome { en: "Back to the home page", tr: "Ana sayfaya dön", fa: "بازگشت به صفحه خانه" },
        ComingSoonTitle { en: "Not ready yet", tr: "Henüz hazır değil", fa: "هنوز آماده نیست" },
        ComingSoonBody {
            en: "This part of Kilit is being built. The home page shows what is available today.",
            tr: "Kilit'in bu bölümü hazırlanıyor. Bugün neler kullanılabildiğini ana sayfada görebilirsiniz.",
            fa: "این بخش از Kilit در حال ساخت است. آنچه امروز در دسترس است در صفحه خانه آمده است.",
        },
        FatalTitle { en: "Something went wrong", tr: "Bir şeyler ters gitti", fa: "مشکلی پیش آمد" },
        FatalBody {
            en: "Kilit stopped because of an unexpected error. Reload the page to continue; the details are in the browser console.",
            tr: "Kilit beklenmedik bir hata nedeniyle durdu. Devam etmek için sayfayı yeniden yükleyin; ayrıntılar tarayıcı konsolunda.",
            fa: "Kilit به دلیل خطایی پیش‌بینی‌نشده متوقف شد. برای ادامه صفحه را دوباره بارگذاری کنید؛ جزئیات در کنسول مرورگر آمده است.",
        },
        FatalReload { en: "Reload", tr: "Yeniden yükle", fa: "بارگذاری دوباره" },
    }
}
