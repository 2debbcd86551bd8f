//! Words for everything the analysis returns as data.
//!
//! Results, rules, reasons and problems are enums with numbers; this module
//! turns them into sentences in each locale, with numbers written the way
//! the locale writes them.

use crate::i18n::{fill, Locale};
use crate::number::{format_decimal, format_integer, format_percent};

use super::analysis::{
    Abc, AccountType, AnalysisProblem, KeyAccountKind, Ladder, LadderBasis, LadderStage, Quadrant,
    SettingKey, Status, UsedSettings, Verdict, Xyz,
};
use super::checklist::{Checklist, Group};
use super::model::{Portfolio, RelationshipStage};
use super::settings::AbcBasis;
use super::shortlist::{Guidance, Reason};
use super::validate::{AccountField, AccountProblem, ProblemKind};

crate::messages! {
    /// Words of the selection workbench's results.
    pub enum AccountsMsg {
        // Field labels.
        FieldName { en: "Name", tr: "Ad", fa: "نام" },
        FieldSector { en: "Sector", tr: "Sektör", fa: "صنعت" },
        FieldRevenue { en: "Annual revenue", tr: "Yıllık ciro", fa: "درآمد سالانه" },
        FieldGrossMargin { en: "Gross margin (%)", tr: "Brüt kâr marjı (%)", fa: "حاشیهٔ سود ناخالص (٪)" },
        FieldProfit { en: "Gross profit", tr: "Brüt kâr", fa: "سود ناخالص" },
        FieldOrdersLast12 { en: "Orders, last 12 months", tr: "Son 12 aydaki sipariş sayısı", fa: "تعداد سفارش‌ها در ۱۲ ماه گذشته" },
        FieldOrdersPrev12 { en: "Orders, the 12 months before", tr: "Önceki 12 aydaki sipariş sayısı", fa: "تعداد سفارش‌ها در ۱۲ ماهِ پیش از آن" },
        FieldLastPurchase { en: "Last purchase", tr: "Son alım tarihi", fa: "تاریخ آخرین خرید" },
        FieldShareOfWallet { en: "Share of wallet (%)", tr: "Cüzdan payı (%)", fa: "سهم از کیف پول مشتری (٪)" },
        FieldYearsAsCustomer { en: "Years as customer", tr: "Kaç yıldır müşteri", fa: "سابقهٔ مشتری بودن (سال)" },
        FieldRelationshipStage { en: "Relationship stage", tr: "İlişki aşaması", fa: "مرحلهٔ رابطه" },
        FieldComplaints { en: "Complaints, last 12 months", tr: "Son 12 aydaki şikâyetler", fa: "شکایت‌های ۱۲ ماه گذشته" },
        FieldSales { en: "Monthly sales", tr: "Aylık satışlar", fa: "فروش ماهانه" },

        // The user's relationship stage (KAM relationship development model).
        StageExploratory { en: "Exploratory", tr: "Keşif", fa: "اکتشافی" },
        StageBasic { en: "Basic", tr: "Temel", fa: "پایه" },
        StageCooperative { en: "Cooperative", tr: "İş birliği", fa: "همکاری" },
        StageInterdependent { en: "Interdependent", tr: "Karşılıklı bağımlılık", fa: "وابستگی متقابل" },
        StageIntegrated { en: "Integrated", tr: "Bütünleşik", fa: "یکپارچه" },
        StageDisintegrating { en: "Disintegrating", tr: "Çözülme", fa: "رو به گسست" },

        // Field problems.
        EmptyName { en: "Give the account a name.", tr: "Hesaba bir ad verin.", fa: "برای این مشتری نامی بنویسید." },
        DuplicateName {
            en: "Another account is already called “{other}”.",
            tr: "“{other}” adında başka bir hesap zaten var.",
            fa: "مشتری دیگری با نام «{other}» از قبل وجود دارد.",
        },
        NegativeRevenue {
            en: "Revenue cannot be negative; enter returns and credit notes in the monthly sales instead.",
            tr: "Ciro negatif olamaz; iadeleri ve alacak dekontlarını aylık satışlara girin.",
            fa: "درآمد نمی‌تواند منفی باشد؛ برگشتی‌ها و اعتبارنامه‌ها را در فروش ماهانه وارد کنید.",
        },
        MarginOutOfRange {
            en: "A gross margin must lie between −100% and 100%.",
            tr: "Brüt kâr marjı %-100 ile %100 arasında olmalıdır.",
            fa: "حاشیهٔ سود ناخالص باید بین منفی ۱۰۰ و ۱۰۰ درصد باشد.",
        },
        PercentOutOfRange {
            en: "A percentage must lie between 0 and 100.",
            tr: "Yüzde değeri 0 ile 100 arasında olmalıdır.",
            fa: "درصد باید بین ۰ و ۱۰۰ باشد.",
        },
        Negative { en: "This cannot be negative.", tr: "Bu değer negatif olamaz.", fa: "این مقدار نمی‌تواند منفی باشد." },
        NotWholeNumber { en: "Enter a whole number.", tr: "Tam sayı girin.", fa: "یک عدد صحیح وارد کنید." },
        InFuture {
            en: "This date is {days} days after the analysis date; it cannot be in the future.",
            tr: "Bu tarih analiz tarihinden {days} gün sonra; gelecekte olamaz.",
            fa: "این تاریخ {days} روز پس از تاریخ تحلیل است؛ نمی‌تواند در آینده باشد.",
        },
        SalesInFuture {
            en: "Sales are booked from {month} on, after the analysis date; they are left out.",
            tr: "Analiz tarihinden sonra, {month} ayından itibaren satış kaydedilmiş; bunlar hesaba katılmaz.",
            fa: "از {month} به بعد، پس از تاریخ تحلیل، فروش ثبت شده است؛ این فروش‌ها در نظر گرفته نمی‌شوند.",
        },

        // Groups and scores.
        GroupAttractiveness { en: "Customer attractiveness", tr: "Müşteri çekiciliği", fa: "جذابیت مشتری" },
        GroupStrength {
            en: "Our ability to serve (relative strength)",
            tr: "Hizmet verme gücümüz (göreli güç)",
            fa: "توان خدمت‌رسانی ما (قدرت نسبی)",
        },
        SelectionScore { en: "Selection score", tr: "Seçim puanı", fa: "امتیاز انتخاب" },
        SelectionRule {
            en: "Each criterion's score of 1–5 becomes 0–100; attractiveness and strength are the weighted means of their known criteria, and the selection score is their mean weighted {a} : {s}. Unknown criteria are left out, not counted as zero.",
            tr: "Her ölçütün 1–5 puanı 0–100'e çevrilir; çekicilik ve güç, bilinen ölçütlerinin ağırlıklı ortalamasıdır; seçim puanı da bu ikisinin {a} : {s} ağırlıklı ortalamasıdır. Bilinmeyen ölçütler sıfır sayılmaz, hesaba katılmaz.",
            fa: "امتیاز ۱ تا ۵ هر معیار به ۰ تا ۱۰۰ تبدیل می‌شود؛ جذابیت و توان میانگین وزنی معیارهای معلوم خودشان‌اند و امتیاز انتخاب میانگین این دو با نسبت وزنی {a} : {s} است. معیارهای نامعلوم صفر شمرده نمی‌شوند، کنار گذاشته می‌شوند.",
        },

        // Portfolio quadrants.
        QuadrantStrategic { en: "Strategic", tr: "Stratejik", fa: "راهبردی" },
        QuadrantStar { en: "Star", tr: "Yıldız", fa: "ستاره" },
        QuadrantStatus { en: "Status", tr: "Statü", fa: "حفظ جایگاه" },
        QuadrantStreamline { en: "Streamline", tr: "Sadeleştirme", fa: "ساده‌سازی" },
        PolicyStrategic {
            en: "Invest: build a long-term partnership, create value together and give it your best people.",
            tr: "Yatırım yapın: uzun vadeli bir ortaklık kurun, birlikte değer yaratın ve en iyi ekibinizi bu hesaba ayırın.",
            fa: "سرمایه‌گذاری کنید: شراکتی بلندمدت بسازید، با هم ارزش بیافرینید و بهترین نیروهایتان را به این مشتری بسپارید.",
        },
        PolicyStar {
            en: "Develop: the account is worth a lot but our position is weak; invest selectively to build it, and choose which stars to back.",
            tr: "Geliştirin: hesap çok değerli ama konumumuz zayıf; konumu güçlendirmek için seçici yatırım yapın ve hangi yıldızları destekleyeceğinize karar verin.",
            fa: "توسعه دهید: این مشتری ارزش زیادی دارد اما جایگاه ما ضعیف است؛ برای تقویت آن گزینشی سرمایه‌گذاری کنید و تصمیم بگیرید از کدام ستاره‌ها پشتیبانی می‌کنید.",
        },
        PolicyStatus {
            en: "Maintain: keep the service good and efficient and protect the relationship, without heavy new investment.",
            tr: "Koruyun: hizmeti iyi ve verimli tutun, ilişkiyi koruyun ama büyük yeni yatırımlara girmeyin.",
            fa: "حفظ کنید: خدمات را خوب و کارآمد نگه دارید و از رابطه محافظت کنید، بی‌آنکه سرمایه‌گذاری سنگین تازه‌ای انجام دهید.",
        },
        PolicyStreamline {
            en: "Streamline: serve the account through standard, lower-cost channels and free key-account resources for others.",
            tr: "Sadeleştirin: hesaba standart ve daha düşük maliyetli kanallardan hizmet verin, kilit müşteri kaynaklarını başka hesaplara ayırın.",
            fa: "ساده‌سازی کنید: از راه کانال‌های استاندارد و کم‌هزینه‌تر به این مشتری خدمت کنید و منابع مدیریت مشتریان کلیدی را برای دیگران آزاد کنید.",
        },

        // ABC and XYZ.
        BasisRevenue { en: "revenue", tr: "ciro", fa: "درآمد" },
        BasisProfit { en: "profit", tr: "kâr", fa: "سود" },
        AbcA { en: "A — largest", tr: "A — en büyükler", fa: "A — بزرگ‌ترین‌ها" },
        AbcB { en: "B — average", tr: "B — ortalar", fa: "B — متوسط‌ها" },
        AbcC { en: "C — smallest", tr: "C — en küçükler", fa: "C — کوچک‌ترین‌ها" },
        AbcUnknown { en: "no class: value unknown", tr: "sınıf yok: değer bilinmiyor", fa: "بدون طبقه: مقدار نامعلوم" },
        AbcRule {
            en: "Accounts are sorted by {basis}, largest first (equal values in order of entry), and each one's running share of the total includes itself: A while that share is at most {a}, B while at most {b}, otherwise C. Zero or negative {basis} is C.",
            tr: "Hesaplar {basis} bakımından büyükten küçüğe sıralanır (eşit değerler giriş sırasına göre) ve her hesabın toplamdaki birikimli payı kendisini de içerir: bu pay en çok {a} olduğu sürece A, en çok {b} olduğu sürece B, ötesi C. {basis} sıfır ya da negatifse C.",
            fa: "مشتریان از نظر {basis} از بزرگ به کوچک مرتب می‌شوند (مقادیر برابر به ترتیب ثبت) و سهم انباشتهٔ هر مشتری از کل، خودش را هم در بر می‌گیرد: تا وقتی این سهم حداکثر {a} باشد A، تا حداکثر {b} B و پس از آن C. {basis} صفر یا منفی یعنی C.",
        },
        AbcReason {
            en: "Class {class} by {basis}: together with the larger accounts it makes up {share} of the total.",
            tr: "{class} sınıfı ({basis} bakımından): daha büyük hesaplarla birlikte toplamın {share} kadarını oluşturuyor.",
            fa: "طبقهٔ {class} از نظر {basis}: همراه با مشتریان بزرگ‌تر {share} از کل را می‌سازد.",
        },
        XyzX { en: "X — regular", tr: "X — düzenli", fa: "X — منظم" },
        XyzY { en: "Y — irregular", tr: "Y — düzensiz", fa: "Y — نامنظم" },
        XyzZ { en: "Z — sporadic", tr: "Z — ara sıra", fa: "Z — پراکنده" },
        XyzNoData { en: "no monthly data", tr: "aylık veri yok", fa: "دادهٔ ماهانه ندارد" },
        XyzRule {
            en: "Coefficient of variation (standard deviation ÷ mean) of monthly sales from {first} to {last}, months without sales counted as zero: X up to {x}, Y up to {y}, above that Z. A mean of zero or less is Z.",
            tr: "{first} ile {last} arasındaki aylık satışların değişim katsayısı (standart sapma ÷ ortalama), satış olmayan aylar sıfır sayılır: {x} değerine kadar X, {y} değerine kadar Y, üstü Z. Ortalaması sıfır ya da daha düşükse Z.",
            fa: "ضریب تغییرات (انحراف معیار ÷ میانگین) فروش ماهانه از {first} تا {last}، با صفر شمردن ماه‌های بی‌فروش: تا {x} گروه X، تا {y} گروه Y و بالاتر از آن گروه Z. میانگین صفر یا کمتر یعنی Z.",
        },

        // Account types.
        TypeBreadwinner { en: "Breadwinner", tr: "Ekmek kapısı", fa: "نان‌آور" },
        TypeProspective { en: "Prospective", tr: "Potansiyel", fa: "آینده‌دار" },
        TypeImageMaker { en: "Image-maker", tr: "İmaj yapıcı", fa: "اعتباربخش" },
        TypeExpert { en: "Expert", tr: "Uzman", fa: "خبره" },
        RuleBreadwinner {
            en: "Brings at least {pct} of the portfolio's profit.",
            tr: "Portföy kârının en az {pct} kadarını getirir.",
            fa: "دست‌کم {pct} از سود کل سبد مشتریان را می‌آورد.",
        },
        RuleProspective {
            en: "A customer for less than {years} years, rated {high} or more on growth potential and on ability to pay, and not a breadwinner yet.",
            tr: "{years} yıldan kısa süredir müşteri; büyüme potansiyeli ve ödeme gücünde {high} ya da daha yüksek puan almış; henüz ekmek kapısı değil.",
            fa: "کمتر از {years} سال است که مشتری است، در پتانسیل رشد و توان پرداخت امتیاز {high} یا بیشتر گرفته و هنوز نان‌آور نیست.",
        },
        RuleImageMaker {
            en: "Rated {high} or more on logo and reference value (a well-known name, a leader in its sector or region).",
            tr: "Logo çekiciliği ve referans değerinde {high} ya da daha yüksek puan almış (tanınmış bir isim, sektöründe ya da bölgesinde lider).",
            fa: "در اعتبار نام و ارزش ارجاع امتیاز {high} یا بیشتر گرفته است (نامی شناخته‌شده و پیشتاز صنعت یا منطقهٔ خود).",
        },
        RuleExpert {
            en: "Rated {low} or less on delivery and service requirements, so its demands on quality and service stretch us. Whether it also knows the market well is for you to judge.",
            tr: "Teslimat ve hizmet gerekliliklerinde {low} ya da daha düşük puan almış, yani kalite ve hizmet talepleri bizi zorluyor. Pazarı iyi tanıyıp tanımadığına siz karar verin.",
            fa: "در الزامات تحویل و خدمات امتیاز {low} یا کمتر گرفته است، یعنی خواسته‌هایش در کیفیت و خدمات ما را به چالش می‌کشد. اینکه بازار را هم خوب می‌شناسد یا نه، با داوری شماست.",
        },
        VerdictYes { en: "yes", tr: "evet", fa: "بله" },
        VerdictNo { en: "no", tr: "hayır", fa: "خیر" },
        VerdictUnknown { en: "unknown: data missing", tr: "bilinmiyor: veri eksik", fa: "نامعلوم: داده کافی نیست" },

        // Current giant / rising star.
        KindCurrentGiant { en: "Current giant", tr: "Mevcut dev", fa: "غول کنونی" },
        KindRisingStar { en: "Rising star", tr: "Yükselen yıldız", fa: "ستارهٔ نوظهور" },
        KindNeither { en: "Neither giant nor rising star", tr: "Ne dev ne yükselen yıldız", fa: "نه غول و نه ستارهٔ نوظهور" },
        KindUnknown { en: "Not enough data to tell", tr: "Karar vermek için yeterli veri yok", fa: "دادهٔ کافی برای داوری نیست" },
        RuleCurrentGiant {
            en: "Among the largest accounts by revenue (the top {pct}), so already large; keep and protect it.",
            tr: "Ciroya göre en büyük hesaplar arasında (ilk {pct}), yani zaten büyük; elde tutun ve koruyun.",
            fa: "از نظر درآمد در میان بزرگ‌ترین مشتریان است ({pct} نخست)، یعنی همین حالا بزرگ است؛ نگهش دارید و از آن محافظت کنید.",
        },
        RuleRisingStar {
            en: "Not among the largest accounts by revenue (the top {pct}) yet, but rated {high} or more on growth potential and on cultural and strategic fit.",
            tr: "Ciroya göre henüz en büyük hesaplar arasında (ilk {pct}) değil, ama büyüme potansiyeli ile kültürel ve stratejik uyumda {high} ya da daha yüksek puan almış.",
            fa: "هنوز از نظر درآمد در میان بزرگ‌ترین مشتریان ({pct} نخست) نیست، اما در پتانسیل رشد و تناسب فرهنگی و راهبردی امتیاز {high} یا بیشتر گرفته است.",
        },

        // Customer ladder.
        LadderOneTime { en: "One-time", tr: "Bir kerelik", fa: "یک‌باره" },
        LadderOccasional { en: "Occasional", tr: "Ara sıra", fa: "گاه‌به‌گاه" },
        LadderRegular { en: "Regular", tr: "Düzenli", fa: "منظم" },
        LadderLoyal { en: "Loyal", tr: "Sadık", fa: "وفادار" },
        LadderNone { en: "No purchase in 24 months", tr: "24 aydır alım yok", fa: "در ۲۴ ماه گذشته خریدی نداشته" },
        LadderUnknown { en: "No purchase data", tr: "Alım verisi yok", fa: "دادهٔ خرید ندارد" },
        LadderRule {
            en: "From purchase regularity: one purchase in 24 months is one-time; buying in at least {months} of the last 12 months is regular; regular in both of the last two years and a customer for at least {years} years is loyal; anything else is occasional.",
            tr: "Alım düzenliliğine göre: 24 ayda tek alım bir kereliktir; son 12 ayın en az {months} ayında alım düzenlidir; son iki yılın ikisinde de düzenli olup en az {years} yıldır müşteri olan sadıktır; geri kalanı ara sıradır.",
            fa: "بر پایهٔ نظم خرید: یک خرید در ۲۴ ماه یعنی یک‌باره؛ خرید در دست‌کم {months} ماه از ۱۲ ماه گذشته یعنی منظم؛ منظم در هر دو سال اخیر با دست‌کم {years} سال سابقه یعنی وفادار؛ بقیه گاه‌به‌گاه‌اند.",
        },
        LadderFromMonths {
            en: "Bought in {last} of the last 12 months and in {prev} of the 12 before.",
            tr: "Son 12 ayın {last} ayında, önceki 12 ayın {prev} ayında alım yaptı.",
            fa: "در {last} ماه از ۱۲ ماه گذشته و {prev} ماه از ۱۲ ماهِ پیش از آن خرید کرده است.",
        },
        LadderFromOrders {
            en: "{last} orders in the last 12 months and {prev} in the 12 before; without monthly data each order stands for a month with a purchase.",
            tr: "Son 12 ayda {last}, önceki 12 ayda {prev} sipariş; aylık veri olmadığından her sipariş alım yapılan bir ay sayılır.",
            fa: "{last} سفارش در ۱۲ ماه گذشته و {prev} سفارش در ۱۲ ماهِ پیش از آن؛ چون دادهٔ ماهانه نیست، هر سفارش یک ماهِ خرید شمرده می‌شود.",
        },

        // Churn signals.
        NoPurchase {
            en: "No purchase for {days} days (more than {limit} days raises a warning).",
            tr: "{days} gündür alım yok ({limit} günden uzun süre uyarı sebebidir).",
            fa: "{days} روز است خریدی نکرده است (بیش از {limit} روز هشدار است).",
        },
        OrdersDown {
            en: "Orders fell by {drop} against the previous 12 months (a fall of more than {limit} raises a warning).",
            tr: "Siparişler önceki 12 aya göre {drop} düştü ({limit} üzerindeki düşüş uyarı sebebidir).",
            fa: "سفارش‌ها نسبت به ۱۲ ماهِ پیش از آن {drop} کاهش یافته است (کاهش بیش از {limit} هشدار است).",
        },

        // Selection status.
        StatusShortlisted { en: "On the shortlist", tr: "Kısa listede", fa: "در فهرست کوتاه" },
        StatusPinned { en: "Pinned to the shortlist", tr: "Kısa listeye sabitlendi", fa: "در فهرست کوتاه سنجاق شده" },
        StatusNearMiss { en: "Just missed the list", tr: "Listeye kıl payı giremedi", fa: "با فاصلهٔ کمی از فهرست جا ماند" },
        StatusOut { en: "Not on the shortlist", tr: "Kısa listede değil", fa: "در فهرست کوتاه نیست" },
        StatusExcluded { en: "Excluded by you", tr: "Sizin kararınızla dışarıda", fa: "به تصمیم شما کنار گذاشته شده" },
        StatusNotScored { en: "Not scored", tr: "Puanlanmadı", fa: "امتیازی ندارد" },

        // Reasons.
        Pinned { en: "You pinned it: {reason}", tr: "Siz sabitlediniz: {reason}", fa: "شما سنجاقش کرده‌اید: {reason}" },
        PinnedNoReason { en: "You pinned it.", tr: "Siz sabitlediniz.", fa: "شما سنجاقش کرده‌اید." },
        Excluded { en: "You excluded it: {reason}", tr: "Siz çıkardınız: {reason}", fa: "شما کنارش گذاشته‌اید: {reason}" },
        ExcludedNoReason { en: "You excluded it.", tr: "Siz çıkardınız.", fa: "شما کنارش گذاشته‌اید." },
        Ranked {
            en: "Ranked {rank} with a selection score of {score}.",
            tr: "{score} seçim puanıyla {rank}. sırada.",
            fa: "با امتیاز انتخاب {score} در رتبهٔ {rank} است.",
        },
        Strength {
            en: "{criterion}: scores {score} of 5 and adds {points} points.",
            tr: "{criterion}: 5 üzerinden {score} puan alıyor ve toplama {points} puan katıyor.",
            fa: "{criterion}: امتیاز {score} از ۵ می‌گیرد و {points} امتیاز به جمع می‌افزاید.",
        },
        Weakness {
            en: "{criterion}: scores only {score} of 5, which costs it {lost} points.",
            tr: "{criterion}: 5 üzerinden yalnızca {score} puan alıyor; bu ona {lost} puan kaybettiriyor.",
            fa: "{criterion}: تنها {score} از ۵ گرفته و همین {lost} امتیاز از آن کم کرده است.",
        },
        BelowCutoff {
            en: "Its selection score of {score} is {gap} points below {cutoff}, the last score that made the list.",
            tr: "Seçim puanı {score}; listeye giren son puan olan {cutoff} değerinin {gap} puan altında.",
            fa: "امتیاز انتخابش {score} است، یعنی {gap} امتیاز کمتر از {cutoff} که آخرین امتیاز راه‌یافته به فهرست است.",
        },
        NoPlaceLeft {
            en: "No place was left: capacity is {capacity} and pinned accounts take their places first.",
            tr: "Yer kalmadı: kapasite {capacity} ve sabitlenen hesaplar yerlerini önce alır.",
            fa: "جایی نماند: ظرفیت {capacity} است و مشتریان سنجاق‌شده زودتر جای خود را می‌گیرند.",
        },
        Incomplete {
            en: "Incompletely rated: {unknown} weighted criteria are unknown, so the score rests on {coverage} of the weight.",
            tr: "Eksik puanlanmış: ağırlığı olan {unknown} ölçüt bilinmiyor, bu yüzden puan ağırlığın {coverage} kadarına dayanıyor.",
            fa: "ارزیابی ناقص: {unknown} معیارِ وزن‌دار نامعلوم است، پس امتیاز تنها بر {coverage} از وزن‌ها تکیه دارد.",
        },
        NotScored {
            en: "Not scored: none of its weighted criteria is known.",
            tr: "Puanlanmadı: ağırlığı olan ölçütlerinden hiçbiri bilinmiyor.",
            fa: "امتیازی ندارد: هیچ‌یک از معیارهای وزن‌دارش معلوم نیست.",
        },

        // Capacity guidance.
        NoCapacity {
            en: "Capacity is zero, so no account can be a key account. Enter the number of key-account managers and how many accounts each can carry, or a fixed maximum.",
            tr: "Kapasite sıfır, bu yüzden hiçbir hesap kilit müşteri olamaz. Kilit müşteri yöneticisi sayısını ve her birinin kaç hesap taşıyabileceğini ya da sabit bir üst sınır girin.",
            fa: "ظرفیت صفر است، پس هیچ مشتری‌ای نمی‌تواند مشتری کلیدی باشد. تعداد مدیران مشتریان کلیدی و شمار مشتریانی را که هر یک می‌تواند اداره کند، یا یک سقف ثابت، وارد کنید.",
        },
        SmallList {
            en: "{capacity} key accounts: fewer than the usual 15–35, which suits a small firm.",
            tr: "{capacity} kilit müşteri: olağan 15–35 aralığının altında; küçük bir firma için uygundur.",
            fa: "{capacity} مشتری کلیدی: کمتر از بازهٔ معمول ۱۵ تا ۳۵، که برای شرکتی کوچک مناسب است.",
        },
        UsualRange {
            en: "{capacity} key accounts: within the usual range of 15–35 (McDonald & Woodburn).",
            tr: "{capacity} kilit müşteri: olağan 15–35 aralığında (McDonald ve Woodburn).",
            fa: "{capacity} مشتری کلیدی: در بازهٔ معمول ۱۵ تا ۳۵ (مک‌دونالد و وودبرن).",
        },
        AboveUsual {
            en: "{capacity} key accounts: more than the usual 15–35. Check that each one really gets key-account attention.",
            tr: "{capacity} kilit müşteri: olağan 15–35 aralığının üzerinde. Her birinin gerçekten kilit müşteri ilgisi gördüğünden emin olun.",
            fa: "{capacity} مشتری کلیدی: بیشتر از بازهٔ معمول ۱۵ تا ۳۵. مطمئن شوید که هر کدام واقعاً توجه ویژهٔ مدیریت مشتریان کلیدی را می‌گیرد.",
        },
        TooMany {
            en: "{capacity} key accounts is too many: beyond about 50, key-account management loses its focus. Limit the list.",
            tr: "{capacity} kilit müşteri çok fazla: 50 civarını aşınca kilit müşteri yönetimi odağını kaybeder. Listeyi sınırlayın.",
            fa: "{capacity} مشتری کلیدی بیش از اندازه است: وقتی از حدود ۵۰ بگذرد، مدیریت مشتریان کلیدی تمرکزش را از دست می‌دهد. فهرست را محدود کنید.",
        },
        MoreThanCandidates {
            en: "There are {capacity} places but only {candidates} accounts that can fill them, so every one gets in. Be more selective, or rate more accounts.",
            tr: "{capacity} yer var ama bunları doldurabilecek yalnızca {candidates} hesap var, bu yüzden hepsi listeye giriyor. Daha seçici olun ya da daha fazla hesabı puanlayın.",
            fa: "{capacity} جا هست اما فقط {candidates} مشتری می‌تواند آن را پر کند، پس همه وارد فهرست می‌شوند. گزینشی‌تر باشید یا مشتریان بیشتری را ارزیابی کنید.",
        },
        PinnedOverCapacity {
            en: "You pinned {pinned} accounts but there are only {capacity} places: all pinned accounts stay, so the list is over capacity.",
            tr: "{pinned} hesap sabitlediniz ama yalnızca {capacity} yer var: sabitlenen hesapların hepsi listede kalır, bu yüzden liste kapasiteyi aşıyor.",
            fa: "{pinned} مشتری را سنجاق کرده‌اید اما فقط {capacity} جا هست: همهٔ مشتریان سنجاق‌شده می‌مانند، پس فهرست از ظرفیت فراتر می‌رود.",
        },

        // Problems of the portfolio or the settings.
        NoAccounts {
            en: "There are no accounts yet. Add some, or load the example portfolio.",
            tr: "Henüz hesap yok. Hesap ekleyin ya da örnek portföyü yükleyin.",
            fa: "هنوز هیچ مشتری‌ای ثبت نشده است. مشتری اضافه کنید یا سبد نمونه را بارگذاری کنید.",
        },
        AllWeightsZero {
            en: "All weights are zero, so no account can be scored. Give at least one criterion a weight above zero, or choose a preset.",
            tr: "Tüm ağırlıklar sıfır, bu yüzden hiçbir hesap puanlanamıyor. En az bir ölçüte sıfırdan büyük bir ağırlık verin ya da hazır bir ayar seçin.",
            fa: "همهٔ وزن‌ها صفرند، پس هیچ مشتری‌ای امتیاز نمی‌گیرد. دست‌کم به یک معیار وزنی بیشتر از صفر بدهید یا یکی از پیش‌تنظیم‌ها را برگزینید.",
        },
        GroupWeightsZero {
            en: "Every criterion of “{group}” has weight zero, so that axis is not scored and the selection score rests on the other.",
            tr: "“{group}” grubundaki bütün ölçütlerin ağırlığı sıfır; bu eksen puanlanmıyor ve seçim puanı yalnızca diğerine dayanıyor.",
            fa: "وزن همهٔ معیارهای «{group}» صفر است، پس این محور امتیاز نمی‌گیرد و امتیاز انتخاب تنها بر محور دیگر تکیه دارد.",
        },
        GroupWeightsBothZero {
            en: "Both group weights are zero, so there is no selection score. Give attractiveness or ability to serve a weight above zero.",
            tr: "İki grubun ağırlığı da sıfır, bu yüzden seçim puanı hesaplanamıyor. Çekiciliğe ya da hizmet verme gücüne sıfırdan büyük bir ağırlık verin.",
            fa: "وزن هر دو گروه صفر است، پس امتیاز انتخابی وجود ندارد. به جذابیت یا توان خدمت‌رسانی وزنی بیشتر از صفر بدهید.",
        },
        BadWeight {
            en: "The weight of “{criterion}” ({found}) must be a number of 0 or more; 0 is used.",
            tr: "“{criterion}” ölçütünün ağırlığı ({found}) 0 ya da daha büyük bir sayı olmalı; 0 kullanıldı.",
            fa: "وزن «{criterion}» ({found}) باید عددی برابر ۰ یا بزرگ‌تر باشد؛ ۰ به کار رفت.",
        },
        UnknownCriterion {
            en: "A weight is set for “{criterion}”, which this checklist does not have; it is ignored.",
            tr: "Bu kontrol listesinde olmayan “{criterion}” için ağırlık girilmiş; dikkate alınmadı.",
            fa: "برای «{criterion}» وزنی تعیین شده که در این چک‌لیست نیست؛ نادیده گرفته شد.",
        },
        BadSetting {
            en: "{setting}: {found} is outside the allowed range; {default} is used.",
            tr: "{setting}: {found} izin verilen aralığın dışında; {default} kullanıldı.",
            fa: "{setting}: مقدار {found} خارج از بازهٔ مجاز است؛ {default} به کار رفت.",
        },
        CutoffsOutOfOrder {
            en: "{first} is larger than {second}, so the class between them stays empty.",
            tr: "{first}, {second} değerinden büyük; bu yüzden aradaki sınıf boş kalıyor.",
            fa: "{first} از {second} بزرگ‌تر است، پس طبقهٔ میان آن دو خالی می‌ماند.",
        },

        // Setting labels.
        SetAttractivenessSplit { en: "Attractiveness split", tr: "Çekicilik eşiği", fa: "آستانهٔ جذابیت" },
        SetStrengthSplit { en: "Strength split", tr: "Güç eşiği", fa: "آستانهٔ توان" },
        SetAbcA { en: "A cut-off", tr: "A sınırı", fa: "مرز A" },
        SetAbcB { en: "B cut-off", tr: "B sınırı", fa: "مرز B" },
        SetXyzX { en: "X cut-off", tr: "X sınırı", fa: "مرز X" },
        SetXyzY { en: "Y cut-off", tr: "Y sınırı", fa: "مرز Y" },
        SetChurnDropPct { en: "Order drop that raises a warning", tr: "Uyarı veren sipariş düşüşü", fa: "کاهش سفارشی که هشدار می‌دهد" },
        SetBreadwinnerPct { en: "Breadwinner's share of profit", tr: "Ekmek kapısının kâr payı", fa: "سهم سود نان‌آور" },
        SetGiantPct { en: "Share of accounts that count as giants", tr: "Dev sayılan hesapların payı", fa: "سهم مشتریانی که غول به شمار می‌آیند" },
        SetNewCustomerYears { en: "Years a customer counts as new", tr: "Yeni müşteri sayılma süresi (yıl)", fa: "مدتی که مشتری تازه به شمار می‌آید (سال)" },
        SetLoyalYears { en: "Years needed for loyalty", tr: "Sadakat için gereken yıl", fa: "سال‌های لازم برای وفاداری" },
        SetGroupWeightAttractiveness { en: "Weight of attractiveness", tr: "Çekiciliğin ağırlığı", fa: "وزن جذابیت" },
        SetGroupWeightStrength { en: "Weight of ability to serve", tr: "Hizmet verme gücünün ağırlığı", fa: "وزن توان خدمت‌رسانی" },
    }
}

use AccountsMsg as M;

fn num(v: f64, locale: Locale) -> String {
    format_decimal(v, 1, locale)
}

fn pct(v: f64, locale: Locale) -> String {
    let decimals = if (v - v.round()).abs() < 1e-9 { 0 } else { 1 };
    format_percent(v, decimals, locale)
}

fn int(v: i64, locale: Locale) -> String {
    format_integer(v, locale)
}

impl AccountField {
    pub fn label(self, locale: Locale) -> &'static str {
        let key = match self {
            AccountField::Name => M::FieldName,
            AccountField::Sector => M::FieldSector,
            AccountField::Revenue => M::FieldRevenue,
            AccountField::GrossMargin => M::FieldGrossMargin,
            AccountField::Profit => M::FieldProfit,
            AccountField::OrdersLast12 => M::FieldOrdersLast12,
            AccountField::OrdersPrev12 => M::FieldOrdersPrev12,
            AccountField::LastPurchase => M::FieldLastPurchase,
            AccountField::ShareOfWallet => M::FieldShareOfWallet,
            AccountField::YearsAsCustomer => M::FieldYearsAsCustomer,
            AccountField::RelationshipStage => M::FieldRelationshipStage,
            AccountField::Complaints => M::FieldComplaints,
            AccountField::Sales => M::FieldSales,
        };
        key.text(locale)
    }
}

impl RelationshipStage {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            RelationshipStage::Exploratory => M::StageExploratory,
            RelationshipStage::Basic => M::StageBasic,
            RelationshipStage::Cooperative => M::StageCooperative,
            RelationshipStage::Interdependent => M::StageInterdependent,
            RelationshipStage::Integrated => M::StageIntegrated,
            RelationshipStage::Disintegrating => M::StageDisintegrating,
        }
        .text(locale)
    }
}

impl AccountProblem {
    /// What is wrong, in `locale`. The portfolio supplies the other
    /// account's name for a duplicate.
    pub fn message(&self, locale: Locale, portfolio: &Portfolio) -> String {
        match self.kind {
            ProblemKind::NotANumber(e) => e.message(locale),
            ProblemKind::NotADate(e) => e.message(locale),
            ProblemKind::EmptyName => M::EmptyName.text(locale).to_string(),
            ProblemKind::DuplicateName { other } => {
                let name = portfolio
                    .index_of(other)
                    .map_or("", |i| portfolio.accounts[i].name.as_str());
                fill(M::DuplicateName.text(locale), &[("other", name.trim())])
            }
            ProblemKind::NegativeRevenue => M::NegativeRevenue.text(locale).to_string(),
            ProblemKind::MarginOutOfRange => M::MarginOutOfRange.text(locale).to_string(),
            ProblemKind::PercentOutOfRange => M::PercentOutOfRange.text(locale).to_string(),
            ProblemKind::Negative => M::Negative.text(locale).to_string(),
            ProblemKind::NotWholeNumber => M::NotWholeNumber.text(locale).to_string(),
            ProblemKind::InFuture { days } => fill(
                M::InFuture.text(locale),
                &[("days", &int(days as i64, locale))],
            ),
            ProblemKind::SalesInFuture { month } => fill(
                M::SalesInFuture.text(locale),
                &[("month", &month.to_string())],
            ),
        }
    }
}

impl Group {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Group::Attractiveness => M::GroupAttractiveness,
            Group::Strength => M::GroupStrength,
        }
        .text(locale)
    }
}

/// How the selection score is made, with the group weights in force.
pub fn selection_rule(group_weights: [f64; 2], locale: Locale) -> String {
    let w = |v: f64| format_decimal(v, if v.fract() == 0.0 { 0 } else { 1 }, locale);
    fill(
        M::SelectionRule.text(locale),
        &[("a", &w(group_weights[0])), ("s", &w(group_weights[1]))],
    )
}

impl Quadrant {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Quadrant::Strategic => M::QuadrantStrategic,
            Quadrant::Star => M::QuadrantStar,
            Quadrant::Status => M::QuadrantStatus,
            Quadrant::Streamline => M::QuadrantStreamline,
        }
        .text(locale)
    }

    /// The policy sentence for accounts in this quadrant.
    pub fn policy(self, locale: Locale) -> &'static str {
        match self {
            Quadrant::Strategic => M::PolicyStrategic,
            Quadrant::Star => M::PolicyStar,
            Quadrant::Status => M::PolicyStatus,
            Quadrant::Streamline => M::PolicyStreamline,
        }
        .text(locale)
    }
}

impl AbcBasis {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            AbcBasis::Revenue => M::BasisRevenue,
            AbcBasis::Profit => M::BasisProfit,
        }
        .text(locale)
    }
}

impl Abc {
    pub fn label(class: Option<Abc>, locale: Locale) -> &'static str {
        match class {
            Some(Abc::A) => M::AbcA,
            Some(Abc::B) => M::AbcB,
            Some(Abc::C) => M::AbcC,
            None => M::AbcUnknown,
        }
        .text(locale)
    }

    pub fn letter(self) -> &'static str {
        match self {
            Abc::A => "A",
            Abc::B => "B",
            Abc::C => "C",
        }
    }
}

/// The ABC rule with the cut-offs and basis in force.
pub fn abc_rule(used: &UsedSettings, locale: Locale) -> String {
    fill(
        M::AbcRule.text(locale),
        &[
            ("basis", used.abc_basis.label(locale)),
            ("a", &pct(used.abc_a, locale)),
            ("b", &pct(used.abc_b, locale)),
        ],
    )
}

impl Xyz {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Xyz::X => M::XyzX,
            Xyz::Y => M::XyzY,
            Xyz::Z => M::XyzZ,
            Xyz::NoData => M::XyzNoData,
        }
        .text(locale)
    }
}

/// The XYZ rule with the window and cut-offs in force.
pub fn xyz_rule(
    window: Option<(crate::date::Month, crate::date::Month)>,
    used: &UsedSettings,
    locale: Locale,
) -> String {
    let (first, last) = window.map_or(("–".to_string(), "–".to_string()), |(f, l)| {
        (f.to_string(), l.to_string())
    });
    fill(
        M::XyzRule.text(locale),
        &[
            ("first", &first),
            ("last", &last),
            ("x", &format_decimal(used.xyz_x, 2, locale)),
            ("y", &format_decimal(used.xyz_y, 2, locale)),
        ],
    )
}

impl AccountType {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            AccountType::Breadwinner => M::TypeBreadwinner,
            AccountType::Prospective => M::TypeProspective,
            AccountType::ImageMaker => M::TypeImageMaker,
            AccountType::Expert => M::TypeExpert,
        }
        .text(locale)
    }

    /// The rule, with the thresholds in force, shown next to the verdict.
    pub fn rule(self, used: &UsedSettings, locale: Locale) -> String {
        let high = int(used.high_rating as i64, locale);
        let low = int(used.low_rating as i64, locale);
        match self {
            AccountType::Breadwinner => fill(
                M::RuleBreadwinner.text(locale),
                &[("pct", &pct(used.breadwinner_pct, locale))],
            ),
            AccountType::Prospective => fill(
                M::RuleProspective.text(locale),
                &[
                    ("years", &num_trim(used.new_customer_years, locale)),
                    ("high", &high),
                ],
            ),
            AccountType::ImageMaker => fill(M::RuleImageMaker.text(locale), &[("high", &high)]),
            AccountType::Expert => fill(M::RuleExpert.text(locale), &[("low", &low)]),
        }
    }
}

fn num_trim(v: f64, locale: Locale) -> String {
    format_decimal(v, if v.fract() == 0.0 { 0 } else { 1 }, locale)
}

impl Verdict {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Verdict::Yes => M::VerdictYes,
            Verdict::No => M::VerdictNo,
            Verdict::Unknown => M::VerdictUnknown,
        }
        .text(locale)
    }
}

impl KeyAccountKind {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            KeyAccountKind::CurrentGiant => M::KindCurrentGiant,
            KeyAccountKind::RisingStar => M::KindRisingStar,
            KeyAccountKind::Neither => M::KindNeither,
            KeyAccountKind::Unknown => M::KindUnknown,
        }
        .text(locale)
    }

    /// The rule behind giant and rising star; `None` for the other two.
    pub fn rule(self, used: &UsedSettings, locale: Locale) -> Option<String> {
        match self {
            KeyAccountKind::CurrentGiant => Some(fill(
                M::RuleCurrentGiant.text(locale),
                &[("pct", &pct(used.giant_pct, locale))],
            )),
            KeyAccountKind::RisingStar => Some(fill(
                M::RuleRisingStar.text(locale),
                &[
                    ("high", &int(used.high_rating as i64, locale)),
                    ("pct", &pct(used.giant_pct, locale)),
                ],
            )),
            KeyAccountKind::Neither | KeyAccountKind::Unknown => None,
        }
    }
}

impl LadderStage {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            LadderStage::OneTime => M::LadderOneTime,
            LadderStage::Occasional => M::LadderOccasional,
            LadderStage::Regular => M::LadderRegular,
            LadderStage::Loyal => M::LadderLoyal,
        }
        .text(locale)
    }

    /// The ladder rule with the thresholds in force.
    pub fn rule(used: &UsedSettings, locale: Locale) -> String {
        fill(
            M::LadderRule.text(locale),
            &[
                ("months", &int(used.regular_months as i64, locale)),
                ("years", &num_trim(used.loyal_years, locale)),
            ],
        )
    }
}

impl Ladder {
    /// The stage's name, or why there is none.
    pub fn label(ladder: Option<&Ladder>, locale: Locale) -> &'static str {
        match ladder {
            None => M::LadderUnknown.text(locale),
            Some(Ladder { stage: None, .. }) => M::LadderNone.text(locale),
            Some(Ladder { stage: Some(s), .. }) => s.label(locale),
        }
    }

    /// What the stage was derived from, with the counts.
    pub fn evidence(&self, locale: Locale) -> String {
        let key = match self.basis {
            LadderBasis::MonthsWithSales => M::LadderFromMonths,
            LadderBasis::OrderCounts => M::LadderFromOrders,
        };
        fill(
            key.text(locale),
            &[
                ("last", &int(self.last_12 as i64, locale)),
                ("prev", &int(self.prev_12 as i64, locale)),
            ],
        )
    }
}

impl Status {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Status::Shortlisted => M::StatusShortlisted,
            Status::Pinned => M::StatusPinned,
            Status::NearMiss => M::StatusNearMiss,
            Status::Out => M::StatusOut,
            Status::Excluded => M::StatusExcluded,
            Status::NotScored => M::StatusNotScored,
        }
        .text(locale)
    }
}

impl Reason {
    /// The reason as a sentence. The checklist names criteria and the used
    /// settings supply thresholds.
    pub fn message(&self, locale: Locale, checklist: &Checklist, used: &UsedSettings) -> String {
        let criterion = |k: usize| {
            checklist
                .criteria
                .get(k)
                .map_or("", |c| c.title.get(locale))
        };
        match self {
            Reason::Pinned { reason } if reason.trim().is_empty() => {
                M::PinnedNoReason.text(locale).to_string()
            }
            Reason::Pinned { reason } => fill(M::Pinned.text(locale), &[("reason", reason.trim())]),
            Reason::Excluded { reason } if reason.trim().is_empty() => {
                M::ExcludedNoReason.text(locale).to_string()
            }
            Reason::Excluded { reason } => {
                fill(M::Excluded.text(locale), &[("reason", reason.trim())])
            }
            Reason::Ranked { rank, score } => fill(
                M::Ranked.text(locale),
                &[
                    ("rank", &int(*rank as i64, locale)),
                    ("score", &num(*score, locale)),
                ],
            ),
            Reason::Strength(c) => fill(
                M::Strength.text(locale),
                &[
                    ("criterion", criterion(c.criterion)),
                    ("score", &num_trim(c.score, locale)),
                    ("points", &num(c.points, locale)),
                ],
            ),
            Reason::Weakness(c) => fill(
                M::Weakness.text(locale),
                &[
                    ("criterion", criterion(c.criterion)),
                    ("score", &num_trim(c.score, locale)),
                    ("lost", &num(c.lost, locale)),
                ],
            ),
            Reason::BelowCutoff { score, cutoff } => fill(
                M::BelowCutoff.text(locale),
                &[
                    ("score", &num(*score, locale)),
                    ("cutoff", &num(*cutoff, locale)),
                    ("gap", &num(cutoff - score, locale)),
                ],
            ),
            Reason::NoPlaceLeft { capacity } => fill(
                M::NoPlaceLeft.text(locale),
                &[("capacity", &int(*capacity as i64, locale))],
            ),
            Reason::Quadrant(q) => format!("{} — {}", q.label(locale), q.policy(locale)),
            Reason::Abc {
                class,
                basis,
                share,
            } => fill(
                M::AbcReason.text(locale),
                &[
                    ("class", class.letter()),
                    ("basis", basis.label(locale)),
                    ("share", &pct(*share, locale)),
                ],
            ),
            Reason::Type(t) => format!("{} — {}", t.label(locale), t.rule(used, locale)),
            Reason::Kind(k) => match k.rule(used, locale) {
                Some(rule) => format!("{} — {}", k.label(locale), rule),
                None => k.label(locale).to_string(),
            },
            Reason::NoPurchase { days, limit } => fill(
                M::NoPurchase.text(locale),
                &[
                    ("days", &int(*days as i64, locale)),
                    ("limit", &int(*limit as i64, locale)),
                ],
            ),
            Reason::OrdersDown { change_pct, limit } => fill(
                M::OrdersDown.text(locale),
                &[
                    ("drop", &pct(-change_pct, locale)),
                    ("limit", &pct(*limit, locale)),
                ],
            ),
            Reason::Incomplete { unknown, coverage } => fill(
                M::Incomplete.text(locale),
                &[
                    ("unknown", &int(*unknown as i64, locale)),
                    ("coverage", &pct(coverage * 100.0, locale)),
                ],
            ),
            Reason::NotScored => M::NotScored.text(locale).to_string(),
        }
    }
}

impl Guidance {
    pub fn message(&self, locale: Locale) -> String {
        let n = |v: u32| int(v as i64, locale);
        match *self {
            Guidance::NoCapacity => M::NoCapacity.text(locale).to_string(),
            Guidance::SmallList { capacity } => {
                fill(M::SmallList.text(locale), &[("capacity", &n(capacity))])
            }
            Guidance::UsualRange { capacity } => {
                fill(M::UsualRange.text(locale), &[("capacity", &n(capacity))])
            }
            Guidance::AboveUsual { capacity } => {
                fill(M::AboveUsual.text(locale), &[("capacity", &n(capacity))])
            }
            Guidance::TooMany { capacity } => {
                fill(M::TooMany.text(locale), &[("capacity", &n(capacity))])
            }
            Guidance::MoreThanCandidates {
                capacity,
                candidates,
            } => fill(
                M::MoreThanCandidates.text(locale),
                &[("capacity", &n(capacity)), ("candidates", &n(candidates))],
            ),
            Guidance::PinnedOverCapacity { pinned, capacity } => fill(
                M::PinnedOverCapacity.text(locale),
                &[("pinned", &n(pinned)), ("capacity", &n(capacity))],
            ),
        }
    }
}

impl SettingKey {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            SettingKey::AttractivenessSplit => M::SetAttractivenessSplit,
            SettingKey::StrengthSplit => M::SetStrengthSplit,
            SettingKey::AbcA => M::SetAbcA,
            SettingKey::AbcB => M::SetAbcB,
            SettingKey::XyzX => M::SetXyzX,
            SettingKey::XyzY => M::SetXyzY,
            SettingKey::ChurnDropPct => M::SetChurnDropPct,
            SettingKey::BreadwinnerPct => M::SetBreadwinnerPct,
            SettingKey::GiantPct => M::SetGiantPct,
            SettingKey::NewCustomerYears => M::SetNewCustomerYears,
            SettingKey::LoyalYears => M::SetLoyalYears,
            SettingKey::GroupWeightAttractiveness => M::SetGroupWeightAttractiveness,
            SettingKey::GroupWeightStrength => M::SetGroupWeightStrength,
        }
        .text(locale)
    }
}

impl AnalysisProblem {
    pub fn message(&self, locale: Locale) -> String {
        match self {
            AnalysisProblem::NoAccounts => M::NoAccounts.text(locale).to_string(),
            AnalysisProblem::AllWeightsZero => M::AllWeightsZero.text(locale).to_string(),
            AnalysisProblem::GroupWeightsZero { group } => fill(
                M::GroupWeightsZero.text(locale),
                &[("group", group.label(locale))],
            ),
            AnalysisProblem::GroupWeightsBothZero => {
                M::GroupWeightsBothZero.text(locale).to_string()
            }
            AnalysisProblem::BadWeight { criterion, found } => fill(
                M::BadWeight.text(locale),
                &[
                    ("criterion", criterion),
                    ("found", &format_decimal(*found, 2, locale)),
                ],
            ),
            AnalysisProblem::UnknownCriterion { criterion } => fill(
                M::UnknownCriterion.text(locale),
                &[("criterion", criterion)],
            ),
            AnalysisProblem::BadSetting {
                setting,
                found,
                default,
            } => fill(
                M::BadSetting.text(locale),
                &[
                    ("setting", setting.label(locale)),
                    ("found", &format_decimal(*found, 2, locale)),
                    ("default", &num_trim(*default, locale)),
                ],
            ),
            AnalysisProblem::CutoffsOutOfOrder { first, second } => fill(
                M::CutoffsOutOfOrder.text(locale),
                &[
                    ("first", first.label(locale)),
                    ("second", second.label(locale)),
                ],
            ),
        }
    }
}
