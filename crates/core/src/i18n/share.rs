//! Words of exporting, sharing and the printable report (issue 6b).

crate::messages! {
    /// The "Share and export" panel, the read-only view of a shared link
    /// and the printable report.
    pub enum ShareMsg {
        // The panel.
        PanelTitle { en: "Share and export", tr: "Paylaş ve dışa aktar", fa: "اشتراک‌گذاری و خروجی" },
        PanelIntro {
            en: "Your data stays in this browser until you download a file or copy a link yourself.",
            tr: "Verileriniz, siz bir dosya indirene ya da bir bağlantı kopyalayana kadar bu tarayıcıda kalır.",
            fa: "داده‌های شما تا وقتی خودتان فایلی دانلود نکنید یا پیوندی کپی نکنید، در همین مرورگر می‌ماند.",
        },
        ExportTitle { en: "Download", tr: "İndir", fa: "دانلود" },
        ExportJsonHint {
            en: "The whole workspace as one file, which you can import again later or on another computer.",
            tr: "Tüm çalışma dosyası tek bir dosya olarak; daha sonra ya da başka bir bilgisayarda yeniden içe aktarabilirsiniz.",
            fa: "کل فضای کاری در یک فایل، که می‌توانید بعداً یا در رایانهٔ دیگری دوباره وارد کنید.",
        },
        ExportCsvAccounts { en: "Accounts as CSV", tr: "Müşteriler (CSV)", fa: "مشتریان به‌صورت CSV" },
        ExportCsvAssessment { en: "Assessment as CSV", tr: "Öz değerlendirme (CSV)", fa: "خودارزیابی به‌صورت CSV" },
        ExportCsvHint {
            en: "For spreadsheets: every score and class, in UTF-8 so that every letter survives.",
            tr: "Elektronik tablolar için: tüm puanlar ve sınıflar; her harf doğru görünsün diye UTF-8 olarak.",
            fa: "برای صفحه‌گسترده‌ها: همهٔ امتیازها و طبقه‌ها، با UTF-8 تا همهٔ حروف درست بمانند.",
        },
        DelimiterLabel { en: "CSV separator", tr: "CSV ayırıcısı", fa: "جداکنندهٔ CSV" },
        DelimiterComma { en: "Comma (,)", tr: "Virgül (,)", fa: "ویرگول (,)" },
        DelimiterSemicolon {
            en: "Semicolon (;), as Turkish Excel expects",
            tr: "Noktalı virgül (;), Türkçe Excel için",
            fa: "نقطه‌ویرگول (;)، مناسب Excel ترکی",
        },
        NoAccountsToExport {
            en: "There are no accounts to export yet.",
            tr: "Henüz dışa aktarılacak müşteri yok.",
            fa: "هنوز مشتری‌ای برای خروجی گرفتن نیست.",
        },
        NoAnswersToExport {
            en: "There are no assessment answers to export yet.",
            tr: "Henüz dışa aktarılacak değerlendirme yanıtı yok.",
            fa: "هنوز پاسخی از خودارزیابی برای خروجی گرفتن نیست.",
        },
        Downloaded { en: "Downloaded “{file}”.", tr: "“{file}” indirildi.", fa: "«{file}» دانلود شد." },
        DownloadFailed {
            en: "This browser did not allow the download.",
            tr: "Bu tarayıcı indirmeye izin vermedi.",
            fa: "این مرورگر اجازهٔ دانلود نداد.",
        },

        // Importing a JSON export.
        ImportTitle { en: "Import a JSON export", tr: "JSON dışa aktarımını içe aktar", fa: "وارد کردن خروجی JSON" },
        ImportHint {
            en: "Opens the file as a new workspace. Your current work is kept.",
            tr: "Dosyayı yeni bir çalışma dosyası olarak açar. Şu anki çalışmanız korunur.",
            fa: "فایل را به‌صورت یک فضای کاری تازه باز می‌کند. کار فعلی شما حفظ می‌شود.",
        },
        ImportFileLabel { en: "Choose a Kilit JSON file", tr: "Bir Kilit JSON dosyası seçin", fa: "یک فایل JSON از Kilit انتخاب کنید" },
        ImportDone {
            en: "Imported “{name}”.",
            tr: "“{name}” içe aktarıldı.",
            fa: "«{name}» وارد شد.",
        },
        ImportPartly {
            en: "Imported “{name}”, but some parts could not be read and were left out:",
            tr: "“{name}” içe aktarıldı, ancak bazı kısımlar okunamadı ve dışarıda bırakıldı:",
            fa: "«{name}» وارد شد، اما برخی بخش‌ها خوانده نشد و کنار گذاشته شد:",
        },
        ImportFailed {
            en: "The file could not be imported. {reason}",
            tr: "Dosya içe aktarılamadı. {reason}",
            fa: "فایل وارد نشد. {reason}",
        },
        ImportReadFailed {
            en: "The file could not be read.",
            tr: "Dosya okunamadı.",
            fa: "فایل خوانده نشد.",
        },
        ImportedName { en: "Imported workspace", tr: "İçe aktarılan çalışma", fa: "فضای کاری واردشده" },

        // Making a link.
        LinkTitle { en: "Share link", tr: "Paylaşım bağlantısı", fa: "پیوند اشتراک‌گذاری" },
        LinkWhat { en: "What to share", tr: "Ne paylaşılsın", fa: "چه چیزی به اشتراک گذاشته شود" },
        KindResults {
            en: "Results only: assessment results and the shortlist",
            tr: "Yalnızca sonuçlar: değerlendirme sonuçları ve kısa liste",
            fa: "فقط نتیجه‌ها: نتیجهٔ خودارزیابی و فهرست کوتاه",
        },
        KindWorkspace {
            en: "The whole workspace: answers, accounts and settings",
            tr: "Tüm çalışma dosyası: yanıtlar, müşteriler ve ayarlar",
            fa: "کل فضای کاری: پاسخ‌ها، مشتریان و تنظیمات",
        },
        LinkPrivacy {
            en: "The data travels inside the link itself, not through a server. Anyone who has the link can read it.",
            tr: "Veriler bir sunucu üzerinden değil, bağlantının kendi içinde taşınır. Bağlantıya sahip olan herkes okuyabilir.",
            fa: "داده‌ها درون خود پیوند جابه‌جا می‌شوند، نه از راه یک سرور. هر کسی که پیوند را داشته باشد می‌تواند آن را بخواند.",
        },
        CreateLink { en: "Create link", tr: "Bağlantı oluştur", fa: "ساختن پیوند" },
        Creating { en: "Creating the link…", tr: "Bağlantı oluşturuluyor…", fa: "در حال ساختن پیوند…" },
        LinkLabel { en: "Link to share", tr: "Paylaşılacak bağlantı", fa: "پیوند برای اشتراک‌گذاری" },
        LinkLength { en: "{n} characters", tr: "{n} karakter", fa: "{n} نویسه" },
        CopyLink { en: "Copy link", tr: "Bağlantıyı kopyala", fa: "کپی پیوند" },
        Copied { en: "The link is copied.", tr: "Bağlantı kopyalandı.", fa: "پیوند کپی شد." },
        CopyDenied {
            en: "The browser did not allow copying. Select the link in the field above and copy it yourself.",
            tr: "Tarayıcı kopyalamaya izin vermedi. Yukarıdaki alandaki bağlantıyı seçip kendiniz kopyalayın.",
            fa: "مرورگر اجازهٔ کپی نداد. پیوند را در کادر بالا انتخاب کنید و خودتان کپی کنید.",
        },
        CompressFailed {
            en: "This browser could not compress the data for a link. Use “{export}” and send the file instead.",
            tr: "Bu tarayıcı verileri bağlantı için sıkıştıramadı. Bunun yerine “{export}” ile dosyayı gönderin.",
            fa: "این مرورگر نتوانست داده‌ها را برای پیوند فشرده کند. به‌جای آن با «{export}» فایل را بفرستید.",
        },
        NothingToShare {
            en: "There is nothing to share yet: answer the self-assessment or add accounts first.",
            tr: "Henüz paylaşılacak bir şey yok: önce öz değerlendirmeyi yanıtlayın ya da müşteri ekleyin.",
            fa: "هنوز چیزی برای اشتراک‌گذاری نیست: ابتدا به خودارزیابی پاسخ دهید یا مشتری اضافه کنید.",
        },

        // Opening a link.
        SharedResultsTitle { en: "Shared results", tr: "Paylaşılan sonuçlar", fa: "نتیجه‌های به اشتراک گذاشته‌شده" },
        SharedWorkspaceTitle { en: "Shared workspace", tr: "Paylaşılan çalışma dosyası", fa: "فضای کاری به اشتراک گذاشته‌شده" },
        SharedReadOnly {
            en: "Someone shared this with you. It is a read-only view: nothing here can be changed, and your own work is not affected.",
            tr: "Bu sizinle paylaşıldı. Yalnızca görüntüleme içindir: burada hiçbir şey değiştirilemez ve kendi çalışmanız etkilenmez.",
            fa: "این را کسی با شما به اشتراک گذاشته است. فقط برای دیدن است: اینجا چیزی تغییر نمی‌کند و کار خود شما دست‌نخورده می‌ماند.",
        },
        SharedOpening { en: "Opening the link…", tr: "Bağlantı açılıyor…", fa: "در حال باز کردن پیوند…" },
        SharedErrorTitle { en: "This link cannot be opened", tr: "Bu bağlantı açılamıyor", fa: "این پیوند باز نمی‌شود" },
        OwnWorkUntouched {
            en: "Your own work has not been changed.",
            tr: "Kendi çalışmanız değiştirilmedi.",
            fa: "کار خود شما تغییری نکرده است.",
        },
        SharedName { en: "Name: {name}", tr: "Ad: {name}", fa: "نام: {name}" },
        CopyIntoWorkspace { en: "Copy into my workspace", tr: "Çalışma alanıma kopyala", fa: "کپی در فضای کاری من" },
        CopyNameLabel { en: "Name of the new workspace", tr: "Yeni çalışma dosyasının adı", fa: "نام فضای کاری تازه" },
        CopyConfirm { en: "Copy", tr: "Kopyala", fa: "کپی" },
        Cancel { en: "Cancel", tr: "Vazgeç", fa: "انصراف" },
        CopyResultsNote {
            en: "The copy gets the assessment answers and action plan. The shortlist stays in this view only: the link holds the results, not the accounts.",
            tr: "Kopyaya değerlendirme yanıtları ve eylem planı aktarılır. Kısa liste yalnızca bu görünümde kalır: bağlantı müşterileri değil, sonuçları taşır.",
            fa: "پاسخ‌های خودارزیابی و برنامهٔ اقدام در نسخهٔ کپی می‌آیند. فهرست کوتاه فقط در همین نما می‌ماند: پیوند نتیجه‌ها را دارد، نه خود مشتریان را.",
        },
        SharedDefaultName { en: "Shared with me", tr: "Benimle paylaşılan", fa: "به اشتراک گذاشته‌شده با من" },
        InstrumentMissing {
            en: "This link holds answers to a questionnaire that this version of Kilit does not have ({id}).",
            tr: "Bu bağlantı, Kilit'in bu sürümünde bulunmayan bir ankete verilmiş yanıtlar içeriyor ({id}).",
            fa: "این پیوند پاسخ‌هایی به پرسشنامه‌ای دارد که این نسخهٔ Kilit آن را ندارد ({id}).",
        },
        InstrumentChanged {
            en: "The questionnaire has changed since the link was made (version {then}, now {now}); the scores are computed with the current version.",
            tr: "Anket, bağlantı oluşturulduktan sonra değişti (sürüm {then}, şimdi {now}); puanlar güncel sürümle hesaplandı.",
            fa: "پرسشنامه پس از ساختن پیوند تغییر کرده است (نسخهٔ {then}، اکنون {now})؛ امتیازها با نسخهٔ کنونی حساب شده‌اند.",
        },

        // The report.
        ReportTitle { en: "Report", tr: "Rapor", fa: "گزارش" },
        ReportWorkspace { en: "Workspace: {name}", tr: "Çalışma dosyası: {name}", fa: "فضای کاری: {name}" },
        ReportAnalysisDate { en: "Analysis date: {date}", tr: "Analiz tarihi: {date}", fa: "تاریخ تحلیل: {date}" },
        ReportGenerated {
            en: "Generated on {date}, locally in this browser. No data left this device to make it.",
            tr: "{date} tarihinde, yerel olarak bu tarayıcıda oluşturuldu. Bunun için hiçbir veri bu cihazdan çıkmadı.",
            fa: "در {date}، به‌صورت محلی در همین مرورگر ساخته شد. برای ساختن آن هیچ داده‌ای از این دستگاه بیرون نرفت.",
        },
        Print { en: "Print / save as PDF", tr: "Yazdır / PDF olarak kaydet", fa: "چاپ / ذخیره به‌صورت PDF" },
        ReportAssessment { en: "Self-assessment", tr: "Öz değerlendirme", fa: "خودارزیابی" },
        ReportNoAnswers {
            en: "No questions have been answered yet, so there are no assessment results.",
            tr: "Henüz hiçbir soru yanıtlanmadı; bu yüzden değerlendirme sonucu yok.",
            fa: "هنوز به هیچ پرسشی پاسخ داده نشده است، پس نتیجهٔ خودارزیابی وجود ندارد.",
        },
        ReportAccounts { en: "Key-account selection", tr: "Kilit müşteri seçimi", fa: "انتخاب مشتریان کلیدی" },
        ReportNoAccounts {
            en: "No accounts have been entered yet, so there is no shortlist, portfolio chart or ABC–XYZ matrix.",
            tr: "Henüz müşteri girilmedi; bu yüzden kısa liste, portföy grafiği ve ABC–XYZ matrisi yok.",
            fa: "هنوز مشتری‌ای وارد نشده است، پس فهرست کوتاه، نمودار سبد و ماتریس ABC–XYZ وجود ندارد.",
        },
        ReportNoShortlist {
            en: "The link holds no shortlist.",
            tr: "Bağlantıda kısa liste yok.",
            fa: "این پیوند فهرست کوتاهی ندارد.",
        },
        GoToAssessment { en: "Go to the self-assessment", tr: "Öz değerlendirmeye git", fa: "رفتن به خودارزیابی" },
        GoToAccounts { en: "Go to the accounts", tr: "Müşterilere git", fa: "رفتن به مشتریان" },
        ColRank { en: "Rank", tr: "Sıra", fa: "رتبه" },
        ColAccount { en: "Account", tr: "Müşteri", fa: "مشتری" },
        ColSelection { en: "Selection score", tr: "Seçim puanı", fa: "امتیاز انتخاب" },
        ColClasses { en: "ABC–XYZ", tr: "ABC–XYZ", fa: "ABC–XYZ" },
        SharedChartNote {
            en: "Bubbles are of equal size: the link does not hold revenues.",
            tr: "Baloncuklar eşit büyüklükte: bağlantı ciroları içermiyor.",
            fa: "حباب‌ها هم‌اندازه‌اند: پیوند درآمدها را در خود ندارد.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::ShareMsg;
    use crate::i18n::Locale;

    #[test]
    fn every_text_is_written_and_persian_uses_persian_letters() {
        for &key in ShareMsg::ALL {
            for locale in Locale::ALL {
                assert!(!key.text(locale).trim().is_empty(), "{}:{}", key.name(), locale.code());
            }
            let fa = key.text(Locale::Fa);
            assert!(!fa.contains('\u{064A}') && !fa.contains('\u{0643}'), "{}: Arabic ي/ك", key.name());
            if key.text(Locale::En).contains(' ') {
                assert_ne!(fa, key.text(Locale::En), "{} not translated to Persian", key.name());
                assert_ne!(key.text(Locale::Tr), key.text(Locale::En), "{} not translated to Turkish", key.name());
            }
        }
    }
}
