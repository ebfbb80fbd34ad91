# Teilhabe: kamu portalının ve her sayfanın çerçevesinin sözcükleri (Türkçe).

## Frame
skip-link = İçeriğe geç
brand-tagline = Uyumu yönlendirmek
nav-main = Ana gezinme
nav-concepts = Uyum konseptleri
nav-admin = Yönetim
nav-account = Hesap: { $name }
nav-logout = Çıkış yap
nav-login = Giriş yap
nav-languages = Dil seçin
nav-breadcrumbs = Sayfa yolu
crumb-start = Ana sayfa
footer-about = Teilhabe – belediyelerin uyum çalışmaları için açık yönlendirme aracı.
footer-accessibility = Erişilebilirlik beyanı
page-german-only = Bu sayfa şimdilik yalnızca Almanca olarak mevcuttur.

## Common labels
label-status = Durum
label-lead = Sorumlu
label-period = Dönem
label-progress = İlerleme
label-internal = kamuya açık değil
col-title = Başlık
col-kind = Tür
col-version = Sürüm
col-adopted = Kabul tarihi
col-number = No.
col-measure = Önlem
col-year = Yıl
col-amount = Tutar
col-own-share = Öz pay
col-total = Toplam
col-date = Tarih
col-spent = Harcamalar
period-from = başlangıç
period-until = bitiş
period-open = açık
target-no-data = veri yok

## Start page
index-title = Uyum konseptleri
index-lead = İlçe, şehir ve belediyelerde uyum çalışmalarının temel ilkeleri, eylem alanları, hedefleri ve önlemleri – ve bunların ne kadarının hayata geçirildiği.
index-empty = Henüz hiçbir kurum oluşturulmadı. İlk kurum burada oluşturulabilir:
index-no-concept = Henüz yayımlanmış bir konsept yok.

## Public body
body-key = Resmî anahtar { $key }
body-website = Web sitesi
body-search-label = Konsept, önlemler, teklifler, oturumlar, katılım ve göstergelerde arama
body-current = Geçerli sürüm
body-no-concept = Henüz bir uyum konsepti sürümü yok.
body-versions = Tüm sürümler
body-versions-none = Yok.
body-versions-caption = Temel ilkeler ve uyum konsepti sürümleri
body-council = Meclis çalışmaları
body-meetings = Oturumlar
body-meetings-text = gündem, sonuçlar ve oylamalarla
body-papers = Teklifler
body-papers-text = görüşme sırasıyla
body-accessibility = Erişilebilirlik beyanı ve engelleri bildirmek için iletişim
body-participation = Katılım
body-process = Katılım süreci
body-process-text = konseptin hazırlanmasının hangi aşamada olduğu, hangi formatların kullanıldığı, kimlere ulaşıldığı ve her katkının akıbeti.
body-surveys = Anketler
body-surveys-text = süren anketleri giriş yapmadan ve birçok dilde yanıtlayın; tamamlanan anketlerin sonuçları.
body-monitoring = Uyum izleme
body-monitoring-link = Resmî istatistik verileri
body-monitoring-text = eyalet ve federal düzeyle karşılaştırmalı, zaman serileri ve belediye karşılaştırmasıyla.
body-actors = Katılımcılar

## Concept
concept-adopted-on = { $date } tarihinde kabul edildi
concept-paper = Teklif
concept-superseded-by = Bu sürümün yerini alan:
concept-supersedes = Bu sürüm şunun yerini alır:
concept-contents = İçindekiler
concept-leitbild = Temel ilkeler
concept-fields = Eylem alanları ve önlemler
concept-measure-count = { $count } önlem
concept-goal = Hedef
concept-target-note = Hedef değer
concept-target = Hedef gösterge
concept-target-by = { $year } yılına kadar { $target }
concept-target-current = şu an
concept-no-measures = Henüz önlem yok.
concept-measures-for = Hedefe yönelik önlemler

## Measure
measure-field = Eylem alanı
measure-internal = Kamuya açık değil: Bu önlemi görüyorsunuz, çünkü hesabınız bu kurumun kamuya açık olmayan kayıtlarını okuyabilir.
measure-partners = Ortaklar
measure-contact = İrtibat kişisi
measure-groups = Hedef gruplar
measure-scope = Bölge
measure-priority = Öncelik
measure-funding = Finansman
measure-no-budget = Bu önlem için ayrıca ödenek ayrılmamıştır.
measure-budget-caption = Bütçe yılına göre ödenekler
measure-spent-so-far = şimdiye kadar bildirilen harcamalar: { $amount }
measure-state = Güncel durum
measure-state-short = Durum raporu
measure-reported = { $date } tarihinde { $reporter } tarafından bildirildi
measure-no-report = Henüz durum raporu yok.
measure-history = Geçmiş
measure-history-caption = Tüm durum raporları, en yenisi önce
measure-back = Önlem planına dön
measure-origins = Katılım sürecinden
measure-origins-text = Bu önlem katılım sürecindeki katkıları ele alır:

## Search
search-title = Arama
search-title-for = “{ $query }” araması
search-scope = uyum konsepti, önlemler, teklifler, oturumlar, katılım ve göstergeler
search-term = Arama terimi
search-hint = Çekimli biçimler ve birleşik sözcükler de bulunur (metinler Almancadır): “Sprachkurs” araması “Sprachkurse” ve “Sprachkursangebot” sözcüklerini bulur. Birden çok sözcüğün hepsi geçmelidir.
search-all-kinds = Tümü
search-all-fields = Tüm eylem alanları
search-submit = Ara
search-hits = { $count ->
    [0] Sonuç yok
   *[other] { $count } sonuç
}: “{ $query }”
search-none-hint = Başka veya daha kısa bir sözcük deneyin ya da tüm türlerde ve eylem alanlarında arayın.
search-pages = Sonuç listesinin sayfaları
search-previous = Önceki sayfa
search-next = Sonraki sayfa
search-unknown-kind = “{ $kind }” türü yok; her yerde arandı.
search-unknown-field = Bu eylem alanı yok; tüm alanlarda arandı.

## Vocabularies
body-kind-landkreis = İlçe (Landkreis)
body-kind-kreisfreie_stadt = İlçeye bağlı olmayan şehir
body-kind-stadt = Şehir
body-kind-gemeinde = Belediye
concept-kind-leitbild = Temel ilkeler
concept-kind-concept = Uyum konsepti
concept-kind-strategy_paper = Strateji belgesi
concept-status-draft = taslak
concept-status-in_deliberation = görüşülüyor
concept-status-adopted = kabul edildi
concept-status-superseded = yerini başkası aldı
measure-status-planned = planlandı
measure-status-in_progress = uygulanıyor
measure-status-delayed = gecikti
measure-status-paused = durduruldu
measure-status-completed = tamamlandı
measure-status-cancelled = iptal edildi
priority-high = yüksek
priority-medium = orta
priority-low = düşük
scope-county = ilçe genelinde
scope-municipality = belediye(ler)
scope-planning_area = planlama bölgesi
org-kind-department = İdari birim
org-kind-committee = Komisyon
org-kind-council = İlçe meclisi / belediye meclisi
org-kind-steering_group = Yönlendirme grubu
org-kind-working_group = Çalışma grubu
org-kind-external = Dış paydaş
contribution-kind-need = İhtiyaç
contribution-kind-idea = Fikir
contribution-kind-problem = Sorun
contribution-kind-resource = Kaynak
standing-reached = ulaşıldı
standing-on_track = yolunda
standing-off_track = hedefin gerisinde
standing-no_trend = henüz eğilim yok
standing-no_data = veri yok
standing-unrated = değerlendirilmedi
search-group-konzept = Konsept, eylem alanları ve hedefler
search-group-massnahme = Önlemler
search-group-vorlage = Teklifler
search-group-sitzung = Oturumlar
search-group-beteiligung = Katılım
search-group-indikator = Göstergeler
search-kind-concept = Uyum konsepti
search-kind-principle = Temel ilke
search-kind-field = Eylem alanı
search-kind-goal = Hedef
search-kind-measure = Önlem
search-kind-paper = Teklif
search-kind-meeting = Oturum
search-kind-agenda_item = Gündem maddesi
search-kind-event = Katılım etkinliği
search-kind-contribution = Katılımdan gelen katkı
search-kind-indicator = Gösterge
