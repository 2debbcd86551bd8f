//! Translated sentences of the importer.
//!
//! Placeholders in `{braces}` are filled by [`crate::i18n::fill`]; numbers are
//! written the way each locale writes them before they are filled in.

crate::messages! {
    /// Every sentence and label of the importer.
    pub enum ImportMsg {
        // Encodings.
        EncodingUtf8 { en: "Unicode (UTF-8)", tr: "Unicode (UTF-8)", fa: "یونیکد (UTF-8)" },
        EncodingUtf16Le { en: "Unicode (UTF-16 LE)", tr: "Unicode (UTF-16 LE)", fa: "یونیکد (UTF-16 LE)" },
        EncodingUtf16Be { en: "Unicode (UTF-16 BE)", tr: "Unicode (UTF-16 BE)", fa: "یونیکد (UTF-16 BE)" },
        EncodingWindows1254 { en: "Turkish (Windows-1254)", tr: "Türkçe (Windows-1254)", fa: "ترکی (Windows-1254)" },
        EncodingWindows1256 { en: "Arabic and Persian (Windows-1256)", tr: "Arapça ve Farsça (Windows-1256)", fa: "عربی و فارسی (Windows-1256)" },
        AskEncoding {
            en: "We are not sure which character set this file was saved in. If letters in the preview look garbled, choose another one.",
            tr: "Bu dosyanın hangi karakter kümesiyle kaydedildiğinden emin değiliz. Önizlemedeki harfler bozuk görünüyorsa başka bir kodlama seçin.",
            fa: "مطمئن نیستیم این فایل با کدام نویسه‌گذاری ذخیره شده است. اگر حروف در پیش‌نمایش به‌هم‌ریخته است، نویسه‌گذاری دیگری را انتخاب کنید.",
        },

        // Delimiters.
        DelimiterComma { en: "Comma (,)", tr: "Virgül (,)", fa: "ویرگول (,)" },
        DelimiterSemicolon { en: "Semicolon (;)", tr: "Noktalı virgül (;)", fa: "نقطه‌ویرگول (;)" },
        DelimiterTab { en: "Tab", tr: "Sekme", fa: "تب" },

        // Numbers.
        NumbersDecimalComma { en: "Decimal comma (1.234,56)", tr: "Ondalık virgül (1.234,56)", fa: "ممیز به شکل ویرگول (1.234,56)" },
        NumbersDecimalPoint { en: "Decimal point (1,234.56)", tr: "Ondalık nokta (1,234.56)", fa: "ممیز به شکل نقطه (1,234.56)" },
        AskNumbers {
            en: "The numbers in the sample do not show which mark is the decimal one: is 1.234 one thousand two hundred and thirty-four, or one point two three four? Choose the decimal mark.",
            tr: "Örnekteki sayılar hangi işaretin ondalık ayırıcı olduğunu göstermiyor: 1.234 bin iki yüz otuz dört mü, yoksa bir tam binde iki yüz otuz dört mü? Ondalık ayırıcıyı seçin.",
            fa: "از اعداد نمونه معلوم نیست ممیز کدام نشانه است: 1.234 یعنی هزار و دویست و سی و چهار یا یک و دویست و سی و چهار هزارم؟ ممیز را انتخاب کنید.",
        },

        // Date formats.
        DateIso { en: "Year-month-day (2024-03-31)", tr: "Yıl-ay-gün (2024-03-31)", fa: "سال-ماه-روز میلادی (2024-03-31)" },
        DateDayMonthYear { en: "Day.month.year (31.03.2024 or 31/03/2024)", tr: "Gün.ay.yıl (31.03.2024 ya da 31/03/2024)", fa: "روز/ماه/سال میلادی (31/03/2024 یا 31.03.2024)" },
        DateMonthDayYear { en: "Month/day/year (03/31/2024)", tr: "Ay/gün/yıl (03/31/2024)", fa: "ماه/روز/سال میلادی (03/31/2024)" },
        DateCompact { en: "Year, month and day without separators (20240331)", tr: "Ayırıcısız yıl, ay ve gün (20240331)", fa: "سال، ماه و روز میلادی بدون جداکننده (20240331)" },
        DateSolarHijri { en: "Solar Hijri year/month/day (1403/01/12)", tr: "Hicri şemsi yıl/ay/gün (1403/01/12)", fa: "سال/ماه/روز هجری شمسی (۱۴۰۳/۰۱/۱۲)" },
        AskDateOrder {
            en: "Every date in the sample can be read day first or month first (03/04/2024 is 3 April or 4 March). Which order does the file use?",
            tr: "Örnekteki her tarih hem gün başta hem ay başta okunabiliyor (03/04/2024, 3 Nisan da olabilir 4 Mart da). Dosyada hangi sıra kullanılıyor?",
            fa: "همهٔ تاریخ‌های نمونه را می‌توان هم با روز در ابتدا خواند و هم با ماه در ابتدا (03/04/2024 می‌تواند ۳ آوریل باشد یا ۴ مارس). این فایل کدام ترتیب را به کار می‌برد؟",
        },
        AskDateFormat {
            en: "None of the dates in the sample could be read. Choose the date format.",
            tr: "Örnekteki tarihlerin hiçbiri okunamadı. Tarih biçimini seçin.",
            fa: "هیچ‌یک از تاریخ‌های نمونه خوانده نشد. قالب تاریخ را انتخاب کنید.",
        },

        AskDateMixed {
            en: "The dates in the sample are written in more than one way. Choose the format the file uses; rows with dates written otherwise will be listed as problems.",
            tr: "Örnekteki tarihler birden fazla biçimde yazılmış. Dosyada kullanılan biçimi seçin; başka biçimde yazılmış tarihleri olan satırlar sorun olarak listelenecek.",
            fa: "تاریخ‌های نمونه به بیش از یک شکل نوشته شده‌اند. قالبی را که فایل به کار می‌برد انتخاب کنید؛ سطرهایی که تاریخشان به شکل دیگری نوشته شده است به‌عنوان مشکل فهرست می‌شوند.",
        },

        // Column roles (the accounts fields use the accounts labels).
        RoleCustomer { en: "Customer", tr: "Müşteri", fa: "مشتری" },
        RoleCustomerCode { en: "Customer code", tr: "Müşteri kodu", fa: "کد مشتری" },
        RoleDate { en: "Date", tr: "Tarih", fa: "تاریخ" },
        RoleAmount { en: "Amount", tr: "Tutar", fa: "مبلغ" },
        RoleCost { en: "Cost", tr: "Maliyet", fa: "بهای تمام‌شده" },
        RoleQuantity { en: "Quantity", tr: "Miktar", fa: "تعداد" },
        RoleOrderNumber { en: "Invoice or order number", tr: "Fatura ya da sipariş numarası", fa: "شمارهٔ فاکتور یا سفارش" },
        RoleRating { en: "Rating: {criterion}", tr: "Puan: {criterion}", fa: "امتیاز: {criterion}" },
        RoleSalesMonth { en: "Sales in {month}", tr: "{month} satışları", fa: "فروش {month}" },
        ColumnN { en: "Column {n}", tr: "{n}. sütun", fa: "ستون {n}" },
        NotImported { en: "Not imported", tr: "Aktarılmaz", fa: "وارد نمی‌شود" },

        // Preview.
        RowWillBeImported { en: "Will be imported", tr: "Aktarılacak", fa: "وارد می‌شود" },
        RowWillBeSkipped { en: "Will be skipped", tr: "Atlanacak", fa: "کنار گذاشته می‌شود" },

        // Problems with the whole file.
        FileEmpty { en: "The file is empty.", tr: "Dosya boş.", fa: "فایل خالی است." },
        FileBinary {
            en: "This is not a text file. Save the table as CSV (text separated by commas or semicolons) and choose that file.",
            tr: "Bu bir metin dosyası değil. Tabloyu CSV (virgül ya da noktalı virgülle ayrılmış metin) olarak kaydedin ve o dosyayı seçin.",
            fa: "این فایل متنی نیست. جدول را با قالب CSV (متنی که با ویرگول یا نقطه‌ویرگول جدا شده است) ذخیره کنید و همان فایل را انتخاب کنید.",
        },
        FileSpreadsheet {
            en: "This is a spreadsheet workbook (such as .xlsx), not a CSV file. Open it in Excel or LibreOffice, choose Save As, pick CSV, and choose the saved file here.",
            tr: "Bu bir CSV dosyası değil, bir çalışma kitabı (.xlsx gibi). Excel ya da LibreOffice'te açın, Farklı Kaydet'i seçip CSV biçiminde kaydedin ve kaydettiğiniz dosyayı burada seçin.",
            fa: "این فایل یک کارپوشهٔ صفحه‌گسترده (مانند xlsx) است، نه فایل CSV. آن را در Excel یا LibreOffice باز کنید، «ذخیره با نام» را بزنید، قالب CSV را برگزینید و فایل ذخیره‌شده را این‌جا انتخاب کنید.",
        },
        FileNoRows {
            en: "The file has a header row but no data rows.",
            tr: "Dosyada başlık satırı var ama veri satırı yok.",
            fa: "فایل سطر عنوان دارد، اما هیچ سطر داده‌ای ندارد.",
        },
        FileNoUsableColumn {
            en: "None of the column names is one we know. Choose what each column holds.",
            tr: "Sütun adlarının hiçbirini tanımıyoruz. Her sütunda ne olduğunu seçin.",
            fa: "هیچ‌یک از نام‌های ستون‌ها برای ما آشنا نیست. مشخص کنید هر ستون چه چیزی را نشان می‌دهد.",
        },
        FileMissingColumn {
            en: "Choose the column that holds “{role}”.",
            tr: "“{role}” bilgisinin hangi sütunda olduğunu seçin.",
            fa: "ستونی را که «{role}» در آن است انتخاب کنید.",
        },
        FileMappedTwice {
            en: "Two columns are set to “{role}”; keep one.",
            tr: "İki sütun “{role}” olarak seçilmiş; yalnızca birini bırakın.",
            fa: "دو ستون «{role}» تعیین شده‌اند؛ فقط یکی را نگه دارید.",
        },
        FileWrongRole {
            en: "“{role}” does not belong in this kind of table; choose another role for that column.",
            tr: "“{role}” bu tür bir tabloda kullanılamaz; o sütun için başka bir anlam seçin.",
            fa: "«{role}» به این نوع جدول تعلق ندارد؛ برای آن ستون نقش دیگری انتخاب کنید.",
        },

        // Where a row problem is.
        AtLine { en: "Line {line}", tr: "{line}. satır", fa: "سطر {line}" },
        AtLineColumn { en: "Line {line}, column {column}", tr: "{line}. satır, {column}. sütun", fa: "سطر {line}، ستون {column}" },
        AtLineColumnNamed { en: "Line {line}, column {column} ({name})", tr: "{line}. satır, {column}. sütun ({name})", fa: "سطر {line}، ستون {column} ({name})" },
        CellReason { en: "“{text}”: {reason}", tr: "“{text}”: {reason}", fa: "«{text}»: {reason}" },

        // Problems with a row.
        RowFieldCount {
            en: "This row has {found} cells but the header has {expected}. Usually a value contains the delimiter and is not in quotes.",
            tr: "Bu satırda {found} hücre var, başlıkta ise {expected}. Bunun nedeni genellikle ayırıcıyı içeren ve tırnak içine alınmamış bir değerdir.",
            fa: "این سطر {found} خانه دارد، اما سطر عنوان {expected} خانه دارد. معمولاً علت این است که مقداری جداکننده را در خود دارد و درون گیومه نیامده است.",
        },
        RowMissing {
            en: "This cell is empty, but the row needs “{role}”.",
            tr: "Bu hücre boş, ama satırda “{role}” bilgisi gerekli.",
            fa: "این خانه خالی است، اما این سطر به «{role}» نیاز دارد.",
        },
        RowDateNotInFormat {
            en: "“{text}” is not a date written as {format}.",
            tr: "“{text}”, {format} biçiminde yazılmış bir tarih değil.",
            fa: "«{text}» تاریخی به قالب {format} نیست.",
        },
        RowAfterAnalysisDate {
            en: "“{text}” is after the analysis date, so this row was left out.",
            tr: "“{text}” analiz tarihinden sonra olduğu için bu satır hesaba katılmadı.",
            fa: "«{text}» پس از تاریخ تحلیل است، به همین دلیل این سطر کنار گذاشته شد.",
        },
        RowRating {
            en: "“{text}” is not a rating: use a whole number from 1 to 5, or leave the cell empty.",
            tr: "“{text}” bir puan değil: 1 ile 5 arasında bir tam sayı yazın ya da hücreyi boş bırakın.",
            fa: "«{text}» امتیاز نیست: یک عدد صحیح از ۱ تا ۵ بنویسید یا خانه را خالی بگذارید.",
        },
        RowStage {
            en: "“{text}” is not a relationship stage: use exploratory, basic, cooperative, interdependent, integrated or disintegrating.",
            tr: "“{text}” bir ilişki aşaması değil: keşif, temel, iş birliği, karşılıklı bağımlılık, bütünleşik ya da çözülme yazın.",
            fa: "«{text}» یکی از مرحله‌های رابطه نیست: اکتشافی، پایه، همکاری، وابستگی متقابل، یکپارچه یا رو به گسست را بنویسید.",
        },
        RowTooLong {
            en: "This row is longer than 1 MB, so it was left out.",
            tr: "Bu satır 1 MB'tan uzun olduğu için alınmadı.",
            fa: "این سطر از ۱ مگابایت بلندتر است، به همین دلیل کنار گذاشته شد.",
        },
        RowUnterminatedQuote {
            en: "A quotation mark opened in this row is never closed, so the rest of the file ({lines} lines) was read as a single cell. Close the quote or remove it.",
            tr: "Bu satırda açılan bir tırnak işareti hiç kapanmıyor; bu yüzden dosyanın geri kalanı ({lines} satır) tek bir hücre olarak okundu. Tırnağı kapatın ya da silin.",
            fa: "گیومه‌ای که در این سطر باز شده هرگز بسته نمی‌شود، برای همین بقیهٔ فایل ({lines} سطر) یک خانه خوانده شد. گیومه را ببندید یا حذف کنید.",
        },

        // Summaries.
        Summary {
            en: "Rows imported: {imported}. Rows skipped: {skipped}.",
            tr: "Aktarılan satır: {imported}. Atlanan satır: {skipped}.",
            fa: "سطرهای واردشده: {imported}. سطرهای کنارگذاشته: {skipped}.",
        },
        MoreProblems {
            en: "{n} more problems are not listed.",
            tr: "{n} sorun daha var; listede gösterilmiyor.",
            fa: "{n} مشکل دیگر در فهرست نیامده است.",
        },
        LedgerSummary {
            en: "{customers} customers, with sales from {first} to {last}.",
            tr: "{customers} müşteri; satışlar {first} ile {last} arasında.",
            fa: "{customers} مشتری، با فروش از {first} تا {last}.",
        },
        OrdersByNumber {
            en: "Orders are counted as distinct invoice or order numbers.",
            tr: "Sipariş sayısı, farklı fatura ya da sipariş numaraları sayılarak bulunur.",
            fa: "تعداد سفارش‌ها با شمردن شماره‌های متمایز فاکتور یا سفارش به دست می‌آید.",
        },
        OrdersByDay {
            en: "There is no invoice or order number column, so each day on which a customer bought counts as one order.",
            tr: "Fatura ya da sipariş numarası sütunu olmadığı için müşterinin alım yaptığı her gün bir sipariş sayılır.",
            fa: "ستونی برای شمارهٔ فاکتور یا سفارش نیست، پس هر روزی که مشتری خرید کرده است یک سفارش شمرده می‌شود.",
        },
        Applied {
            en: "Accounts updated: {updated}. Accounts added: {added}.",
            tr: "Güncellenen hesap: {updated}. Eklenen hesap: {added}.",
            fa: "مشتریان به‌روزشده: {updated}. مشتریان افزوده‌شده: {added}.",
        },
        // The import screens of the app.
        ImportFile { en: "Import file", tr: "Dosyadan aktar", fa: "وارد کردن از فایل" },
        ImportTitle { en: "Import accounts or sales", tr: "Hesapları ya da satışları aktar", fa: "وارد کردن مشتریان یا فروش" },
        ImportIntro {
            en: "Choose a CSV file saved from Excel or your accounting software: an accounts table (one row per account) or a sales ledger (one row per invoice line). Nothing changes until you confirm.",
            tr: "Excel'den ya da muhasebe yazılımınızdan kaydedilmiş bir CSV dosyası seçin: bir hesap tablosu (her hesap için bir satır) ya da bir satış defteri (her fatura kalemi için bir satır). Siz onaylamadan hiçbir şey değişmez.",
            fa: "یک فایل CSV را که از Excel یا نرم‌افزار حسابداری ذخیره شده است انتخاب کنید: جدول مشتریان (هر مشتری یک سطر) یا دفتر فروش (هر ردیف فاکتور یک سطر). تا شما تأیید نکنید چیزی تغییر نمی‌کند.",
        },
        ChooseFile { en: "Choose a CSV file", tr: "CSV dosyası seçin", fa: "یک فایل CSV انتخاب کنید" },
        DropHint { en: "or drop it on this box.", tr: "ya da bu kutunun üzerine bırakın.", fa: "یا آن را روی این کادر رها کنید." },
        FileInfo { en: "File: {name} ({size} KB)", tr: "Dosya: {name} ({size} KB)", fa: "فایل: {name} ({size} کیلوبایت)" },
        FileUnreadable {
            en: "The browser could not read this file. Choose it again, or save it again and choose the copy.",
            tr: "Tarayıcı bu dosyayı okuyamadı. Dosyayı yeniden seçin ya da yeniden kaydedip kopyasını seçin.",
            fa: "مرورگر نتوانست این فایل را بخواند. دوباره آن را انتخاب کنید، یا دوباره ذخیره‌اش کنید و نسخهٔ تازه را انتخاب کنید.",
        },
        SettingsTitle { en: "How to read the file", tr: "Dosya nasıl okunsun", fa: "فایل چگونه خوانده شود" },
        KindLabel { en: "Kind of table", tr: "Tablo türü", fa: "نوع جدول" },
        KindAccounts { en: "Accounts table (one row per account)", tr: "Hesap tablosu (her hesap için bir satır)", fa: "جدول مشتریان (هر مشتری یک سطر)" },
        KindLedger { en: "Sales ledger (one row per invoice line)", tr: "Satış defteri (her fatura kalemi için bir satır)", fa: "دفتر فروش (هر ردیف فاکتور یک سطر)" },
        EncodingLabel { en: "Character set", tr: "Karakter kümesi", fa: "نویسه‌گذاری" },
        DelimiterLabel { en: "Delimiter", tr: "Ayırıcı", fa: "جداکننده" },
        NumbersLabel { en: "Decimal mark", tr: "Ondalık ayırıcı", fa: "ممیز" },
        DateFormatLabel { en: "Date format", tr: "Tarih biçimi", fa: "قالب تاریخ" },
        HeaderRowLabel { en: "The first row names the columns", tr: "İlk satır sütun adlarını içeriyor", fa: "سطر اول نام ستون‌ها است" },
        ReplaceLabel {
            en: "Replace the accounts on the workbench (otherwise an account with the same name is updated and new ones are added)",
            tr: "Çalışma alanındaki hesapların yerine koy (seçilmezse aynı adlı hesap güncellenir, yeniler eklenir)",
            fa: "جایگزین مشتریان فعلی شود (در غیر این صورت مشتری هم‌نام به‌روز و مشتریان تازه افزوده می‌شوند)",
        },
        ColumnsTitle { en: "What each column holds", tr: "Her sütunda ne var", fa: "هر ستون چه چیزی را نشان می‌دهد" },
        ColumnRole { en: "Column {n}: {name}", tr: "{n}. sütun: {name}", fa: "ستون {n}: {name}" },
        PreviewTitle { en: "The first rows as they will be read", tr: "İlk satırlar, okunacakları gibi", fa: "نخستین سطرها، همان‌گونه که خوانده می‌شوند" },
        LineHeader { en: "Line", tr: "Satır", fa: "سطر" },
        StatusHeader { en: "Result", tr: "Sonuç", fa: "نتیجه" },
        AnalysisDateNote {
            en: "Revenue, profit and orders are counted for the 12 months up to the analysis date, {date}, and the 12 months before.",
            tr: "Ciro, kâr ve siparişler analiz tarihine ({date}) kadarki 12 ay ve ondan önceki 12 ay için hesaplanır.",
            fa: "درآمد، سود و سفارش‌ها برای ۱۲ ماه تا تاریخ تحلیل ({date}) و ۱۲ ماه پیش از آن شمرده می‌شوند.",
        },
        StartImport { en: "Read the whole file", tr: "Dosyanın tamamını oku", fa: "خواندن کل فایل" },
        CloseImport { en: "Close without importing", tr: "Aktarmadan kapat", fa: "بستن بدون وارد کردن" },
        Reading { en: "Reading the file: {percent}", tr: "Dosya okunuyor: {percent}", fa: "در حال خواندن فایل: {percent}" },
        ProgressLabel { en: "Reading progress", tr: "Okuma ilerlemesi", fa: "پیشرفت خواندن" },
        CancelImport { en: "Cancel", tr: "Vazgeç", fa: "لغو" },
        Cancelled { en: "Reading was cancelled; nothing was changed.", tr: "Okuma durduruldu; hiçbir şey değişmedi.", fa: "خواندن لغو شد؛ چیزی تغییر نکرد." },
        ReviewTitle { en: "Check the result before applying it", tr: "Uygulamadan önce sonucu kontrol edin", fa: "پیش از اعمال، نتیجه را بررسی کنید" },
        NothingApplied {
            en: "Nothing has been changed yet. Apply the import to update the workbench; you can undo it afterwards.",
            tr: "Henüz hiçbir şey değişmedi. Çalışma alanını güncellemek için aktarımı uygulayın; sonra geri alabilirsiniz.",
            fa: "هنوز چیزی تغییر نکرده است. برای به‌روز کردن میز کار، وارد کردن را اعمال کنید؛ بعداً می‌توانید آن را برگردانید.",
        },
        AccountsRead { en: "{n} accounts read.", tr: "{n} hesap okundu.", fa: "{n} مشتری خوانده شد." },
        ApplyImport { en: "Apply to the workbench", tr: "Çalışma alanına uygula", fa: "اعمال روی میز کار" },
        BackToColumns { en: "Back to the columns", tr: "Sütunlara dön", fa: "بازگشت به ستون‌ها" },
        ProblemsTitle { en: "Rows with problems", tr: "Sorunlu satırlar", fa: "سطرهای دارای مشکل" },
        NoRowProblems { en: "Every row could be read.", tr: "Bütün satırlar okunabildi.", fa: "همهٔ سطرها خوانده شدند." },
        ShowingProblems { en: "Showing {shown} of {total} problems.", tr: "{total} sorundan {shown} tanesi gösteriliyor.", fa: "نمایش {shown} مورد از {total} مشکل." },
        ShowMoreProblems { en: "Show more problems", tr: "Daha fazla sorun göster", fa: "نمایش مشکلات بیشتر" },
        ImportDone { en: "Import applied. {applied}", tr: "Aktarım uygulandı. {applied}", fa: "وارد کردن اعمال شد. {applied}" },
        UndoImport { en: "Undo import", tr: "Aktarımı geri al", fa: "برگرداندن وارد کردن" },
        ImportUndone {
            en: "The import was undone; the accounts are as they were before.",
            tr: "Aktarım geri alındı; hesaplar önceki hâline döndü.",
            fa: "وارد کردن برگردانده شد؛ مشتریان به حالت پیشین برگشتند.",
        },
    }
}
