# Die Meldung von sexueller und sexistischer Gewalt, das schnelle Verlassen
# der Seite und die Links dorthin. Seitentitel bleiben neutral: Sie nennen
# das Thema nie.

## Schnell verlassen (jede Seite der Meldung und die Seiten zur Verfolgung)
quick-exit-label = Schnell verlassen
quick-exit-link = Diese Website verlassen
quick-exit-shortcut = Oder drücken Sie 3-mal die Umschalttaste

## Links von der Startseite und der Orientierung
violence-home-title = Sexuelle oder sexistische Gewalt melden
violence-home-body = Auf Wunsch anonym, mit einem persönlichen Code, um Ihre Meldung zu verfolgen und mit der Polizei oder der Gendarmerie in Kontakt zu bleiben.
violence-orientation-report = Sie können auch auf diesem Portal melden, was passiert ist, auf Wunsch anonym. Sie erhalten einen persönlichen Code, um Ihre Meldung zu verfolgen und Nachrichten mit Polizei oder Gendarmerie auszutauschen. Die Personen dort sind für solche Situationen geschult.
violence-orientation-action = Eine Meldung machen

## Gemeinsame Wörter
violence-optional = Diese Frage ist freiwillig.

## Was das schnelle Verlassen bewirkt und was nicht
violence-quick-exit-title = Diese Website schnell verlassen
violence-quick-exit-does = Die Schaltfläche „Diese Website verlassen“ oben auf jeder Seite bringt Sie jederzeit zu einer Wetter-Website. Sie beendet auch Ihre Sitzung hier: Antworten, die Sie noch nicht gesendet haben, werden gelöscht.
violence-quick-exit-shortcut = Wenn JavaScript in Ihrem Browser aktiviert ist, können Sie auch 3-mal hintereinander die Umschalttaste drücken. Die Seite verschwindet sofort, und die Zurück-Schaltfläche holt sie nicht zurück.
violence-quick-exit-not-title = Was das schnelle Verlassen nicht bewirkt
violence-quick-exit-not-history = Es löscht nicht Ihren Browserverlauf: Diese Website und die Seiten, die Sie vorher gesehen haben, können dort noch erscheinen. Sie können sie danach aus dem Verlauf löschen.
violence-quick-exit-not-watch = Es kann Ihren Besuch nicht vor jemandem verbergen, der Ihren Bildschirm, Ihr Gerät oder Ihr Netzwerk sehen kann.

## Bevor Sie beginnen (Einführungsseite)
violence-start-title = Bevor Sie beginnen
violence-start-lead = Hier können Sie der Polizei und der Gendarmerie sexuelle oder sexistische Gewalt melden, ob sie Ihnen selbst oder einer anderen Person passiert ist. Sie können anonym bleiben.
violence-start-danger = Wenn Sie jetzt in Gefahr sind, rufen Sie die 17 oder die 112 an. Wenn Sie nicht sprechen können, senden Sie eine SMS an die 114.
violence-start-advice-link = Unsere Hinweise zur sicheren Nutzung dieser Website lesen
violence-start-how-title = So läuft es ab
violence-start-how-required = Nur zwei Fragen müssen beantwortet werden: ob Sie gerade in Sicherheit sind und für wen Sie diese Meldung machen. Alle anderen Fragen können Sie überspringen.
violence-start-how-anonymous = Sie entscheiden: anonym bleiben oder eine Kontaktmöglichkeit angeben, für Zeiten, in denen es für Sie sicher ist.
violence-start-how-code = Am Ende erhalten Sie einen persönlichen Verfolgungscode, der nur einmal angezeigt wird. Damit sehen Sie, wie weit Ihre Meldung ist, und können Nachrichten mit Polizei oder Gendarmerie austauschen. Die Personen dort sind für solche Situationen geschult.
violence-start-how-time = Das dauert etwa 5 bis 10 Minuten. Sie können jederzeit aufhören.
violence-start-button = Beginnen

## Sicherheitshinweise
violence-advice-title = Diese Website sicher nutzen
violence-advice-lead = Wenn jemand auf Ihr Telefon oder Ihren Computer schauen kann, können diese Vorsichtsmaßnahmen helfen. Tun Sie nur, was Ihnen sicher erscheint.
violence-advice-before-title = Bevor Sie beginnen
violence-advice-before-private = Nutzen Sie ein privates Browserfenster: Wenn es geschlossen ist, speichert Ihr Browser keinen Verlauf davon.
violence-advice-before-device = Wenn möglich, nutzen Sie ein Gerät, auf das die andere Person keinen Zugriff hat: das Telefon einer Freundin oder eines Freundes, einen Computer in einer Bibliothek oder bei einem Verein.
violence-advice-before-watched = Wenn Sie glauben, dass Ihr Telefon überwacht wird (zum Beispiel durch eine Spionage-App), nutzen Sie ein anderes Gerät.
violence-advice-after-title = Nach Ihrem Besuch
violence-advice-after-history = Löschen Sie diese Website aus Ihrem Browserverlauf. In den meisten Browsern öffnet sich der Verlauf mit Strg+H (⌘+Y auf einem Mac).
violence-advice-after-close = Schließen Sie das Browserfenster.
violence-advice-after-code = Bewahren Sie Ihren Verfolgungscode dort auf, wo nur Sie ihn finden, nicht in einem Notizbuch oder auf einem Telefon, das auch jemand anderes benutzt.
violence-advice-talk-title = Mit jemandem sprechen
violence-advice-back = Zurück zum Anfang der Meldung

## Sofort Hilfe (nicht in Sicherheit oder unter 18 Jahren)
violence-help-title = Hilfe, sofort
violence-help-danger-title = Wenn Sie in Gefahr sind
violence-help-danger-body = Rufen Sie die 17 (Polizei und Gendarmerie) oder die 112 an. Wenn Sie nicht sprechen können, senden Sie eine SMS an die 114: Schreiben Sie, was passiert und wo Sie sind.
violence-help-danger-place = Wenn Sie können, gehen Sie an einen Ort, an dem andere Menschen sind: ein Geschäft, eine Apotheke, zu Nachbarn.
violence-help-child-title = Ein Kind oder eine jugendliche Person
violence-help-child-body = Die 119 hört Kindern und Jugendlichen zu, und auch Erwachsenen, die sich um ein Kind sorgen. Der Anruf ist kostenlos und erscheint nicht auf der Telefonrechnung.
violence-help-go-on-title = Ihre Meldung
violence-help-go-on-body = Ihre Antworten bleiben gespeichert. Sie können mit Ihrer Meldung jetzt oder später weitermachen oder sie abbrechen.
violence-help-go-on = Mit meiner Meldung weitermachen

## Sind Sie in Sicherheit?
violence-safe-title = Sind Sie gerade in Sicherheit?
violence-safe-hint = Wenn Sie nicht in Sicherheit sind, sagen wir Ihnen sofort, wen Sie anrufen können. Danach können Sie mit Ihrer Meldung weitermachen.
violence-safe-yes = Ja
violence-safe-no = Nein
violence-safe-not-sure = Ich weiß es nicht
error-choose-safe-now = Geben Sie an, ob Sie gerade in Sicherheit sind.

## Für wen?
violence-who-title = Für wen machen Sie diese Meldung?
violence-reporter-myself = Für mich
violence-reporter-myself-hint = Es ist mir passiert.
violence-reporter-someone-else = Für eine andere Person
violence-reporter-someone-else-hint = Es ist einer Person passiert, die ich kenne und die es mir erzählt hat.
violence-reporter-witness = Als Zeugin oder Zeuge
violence-reporter-witness-hint = Ich habe es gesehen oder gehört.
violence-age-legend = Ist die betroffene Person unter 18 Jahre alt?
violence-age-hint = Diese Frage ist freiwillig. Wenn es Ihnen passiert ist, antworten Sie für sich selbst.
violence-age-under-18 = Ja, unter 18 Jahre
violence-age-adult = Nein, 18 Jahre oder älter
violence-age-unknown = Ich weiß es nicht
violence-who-child = Wenn ein Kind oder eine jugendliche Person in Gefahr ist, rufen Sie die 119 an: kostenlos, rund um die Uhr und nicht sichtbar auf der Telefonrechnung.
error-choose-report-for = Geben Sie an, für wen Sie diese Meldung machen.

## Anonym oder nicht
violence-contact-title = Möchten Sie anonym bleiben?
violence-contact-intro-anonymous = Wenn Sie anonym bleiben, fragen wir weder nach Ihrem Namen noch nach Kontaktdaten. Sie verfolgen Ihre Meldung mit Ihrem persönlichen Code.
violence-contact-intro-identified = Wenn Sie eine Kontaktmöglichkeit angeben, kann eine für solche Situationen geschulte Person von Polizei oder Gendarmerie Sie anrufen oder Ihnen schreiben, und zwar nur zu Zeiten, die für Sie sicher sind.
violence-contact-choice = Ihre Wahl
violence-contact-anonymous = Anonym bleiben
violence-contact-anonymous-hint = Nur Ihr Verfolgungscode verbindet Sie mit dieser Meldung.
violence-contact-identified = Eine Kontaktmöglichkeit angeben
violence-contact-identified-hint = Beantworten Sie dann die Fragen unten.
violence-contact-details = Wenn Sie eine Kontaktmöglichkeit angeben
violence-contact-name = Name, den wir verwenden sollen (freiwillig)
violence-contact-name-hint = Ein Vorname genügt.
violence-contact-by = Wie möchten Sie kontaktiert werden?
violence-contact-by-email = Per E-Mail
violence-contact-by-email-hint = Die Nachrichten von Polizei oder Gendarmerie werden an diese Adresse gesendet. Wählen Sie eine Adresse, die nur Sie lesen.
violence-contact-by-phone = Per Telefon
violence-contact-by-phone-hint = Polizei oder Gendarmerie ruft Sie zu den Zeiten an, die Sie angeben.
violence-contact-email = E-Mail-Adresse
violence-contact-phone = Telefonnummer
violence-contact-safe-times = Zu welchen Zeiten können wir Sie gefahrlos kontaktieren? (freiwillig)
violence-contact-safe-times-hint = Zum Beispiel: werktags zwischen 9 und 12 Uhr. Sagen Sie uns, ob es Zeiten gibt, zu denen wir nie anrufen dürfen.
error-choose-anonymity = Geben Sie an, ob Sie anonym bleiben oder eine Kontaktmöglichkeit angeben.
error-choose-contact-by = Geben Sie an, wie wir Sie kontaktieren sollen: per E-Mail oder per Telefon.
error-required-phone = Geben Sie die Nummer an, unter der wir Sie anrufen können.

## Was ist passiert?
violence-what-title = Was ist passiert?
violence-what-hint = Kreuzen Sie alles an, was zutrifft. Sie müssen keine Einzelheiten nennen. Diese Frage ist freiwillig.
violence-fact-sexist = Sexistische Äußerungen, Beleidigungen oder sexistisches Verhalten
violence-fact-harassment = Ungewollte und wiederholte Äußerungen, Nachrichten oder Verhaltensweisen mit sexuellem Bezug (Belästigung)
violence-fact-touching = Sexuell berührt werden, ohne zugestimmt zu haben
violence-fact-forced-act = Eine erzwungene oder aufgedrängte sexuelle Handlung, auch Vergewaltigung
violence-fact-exposure = Eine Person, die ihre Geschlechtsteile zeigt (Exhibitionismus)
violence-fact-images = Intime Fotos oder Videos, die ohne Einverständnis gemacht oder verbreitet wurden, oder sexuelle Nachrichten im Internet
violence-fact-partner = Gewalt, Drohungen oder Kontrolle durch eine Partnerin, einen Partner oder eine frühere Beziehung
violence-fact-other = Etwas anderes
violence-fact-not-sure = Ich weiß nicht, wie ich es beschreiben soll

## Wann und wo?
violence-when-title = Wann und wo ist es passiert?
violence-when-hint = Eine ungefähre Antwort genügt. Beide Fragen sind freiwillig.
violence-period-legend = Wann ist es passiert?
violence-period-days = In den letzten Tagen
violence-period-weeks = In den letzten Wochen
violence-period-months = In den letzten Monaten
violence-period-over-a-year = Vor mehr als einem Jahr
violence-period-unknown = Ich weiß es nicht
violence-area-label = Wo ist es passiert? (freiwillig)
violence-area-hint = Die Nummer des Départements oder die Postleitzahl, zum Beispiel 69 oder 69003. So können wir Ihre Meldung an ein Team in der Nähe dieses Ortes weiterleiten.
error-area = Geben Sie eine Départementsnummer oder eine Postleitzahl an, zum Beispiel 69 oder 69003, oder lassen Sie das Feld leer.

## Wer ist diese Person?
violence-person-title = Wer ist die Person, die das getan hat?
violence-person-hint = Geben Sie an, wer sie für die betroffene Person ist. Diese Frage ist freiwillig, und Sie müssen keinen Namen nennen.
violence-relationship-partner = Eine Partnerin, ein Partner oder eine frühere Beziehung
violence-relationship-family = Jemand aus der Familie
violence-relationship-acquaintance = Jemand, den die Person kennt: aus dem Freundeskreis, der Nachbarschaft oder dem Bekanntenkreis
violence-relationship-work-or-studies = Jemand von der Arbeit, aus der Schule oder aus dem Studium
violence-relationship-online = Jemand, den die Person im Internet kennengelernt hat
violence-relationship-stranger = Jemand, den die Person nicht kennt
violence-relationship-rather-not-say = Das möchte ich lieber nicht sagen

## Beschreiben, was passiert ist
violence-details-title = Möchten Sie beschreiben, was passiert ist?
violence-details-stop = Sie können hier aufhören. Was Sie uns schon gesagt haben, reicht aus, um Ihre Meldung zu senden.
violence-details-stop-link = Zur Zusammenfassung meiner Meldung
violence-details-label = Was passiert ist, mit Ihren eigenen Worten (freiwillig)
violence-details-hint = Schreiben Sie nur, was Sie mitteilen möchten. Sie können das Feld leer lassen.

## Unterstützung
violence-support-title = Welche Unterstützung wünschen Sie sich?
violence-support-hint = Diese Frage ist freiwillig. Kreuzen Sie so viele Antworten an, wie Sie möchten.
violence-support-call-back = Rückruf durch eine für solche Situationen geschulte Person von Polizei oder Gendarmerie
violence-support-call-back-hint = Nur wenn Sie eine Telefonnummer angegeben haben. Sonst erhalten Sie die Antwort auf Ihrer Verfolgungsseite.
violence-support-complaint-information = Informationen, um Anzeige zu erstatten
violence-support-complaint-information-hint = Was das bedeutet, wo und wie, in Ihrem eigenen Tempo. Eine Meldung hier verpflichtet Sie nicht zu einer Anzeige.
violence-support-line-3919 = Mit jemandem von der 3919 sprechen, Violences Femmes Info
violence-support-line-3919-hint = Kostenlos und anonym, rund um die Uhr, 7 Tage die Woche. Sie können gleich jetzt anrufen.
violence-support-victim-support = Hilfe durch einen Opferhilfeverein
violence-support-victim-support-hint = France Victimes, 116 006, 7 Tage die Woche: Zuhören, Informationen über Ihre Rechte, Hilfe bei Behördengängen.
violence-support-now = Sie können diese Nummern auch gleich jetzt anrufen:

## Ihre Antworten prüfen
violence-check-skipped = Keine Antwort
violence-check-section-situation = Ihre Situation
violence-check-section-contact = Kontakt
violence-check-section-facts = Was passiert ist
violence-check-section-support = Unterstützung
violence-check-safe = Gerade in Sicherheit
violence-check-who = Meldung gemacht
violence-check-age = Unter 18 Jahre
violence-check-contact = Anonymität
violence-check-name = Name
violence-check-reach = Wie wir Sie kontaktieren
violence-check-safe-times = Sichere Zeiten
violence-check-facts = Was passiert ist
violence-check-period = Wann
violence-check-area = Wo
violence-check-person = Die Person, die das getan hat
violence-check-details = Ihre Beschreibung
violence-check-support = Gewünschte Unterstützung
violence-check-send-title = Ihre Meldung senden
violence-check-send-code = Nach dem Senden sehen Sie Ihren persönlichen Verfolgungscode, nur ein einziges Mal. Halten Sie etwas bereit, um ihn zu notieren, und bewahren Sie ihn an einem Ort auf, den nur Sie kennen.
violence-check-send-button = Meine Meldung senden

## Gesendet
violence-confirmation-title = Ihre Meldung wurde gesendet
violence-confirmation-sent-on = Gesendet am { $date }.
violence-confirmation-code-title = Ihr persönlicher Verfolgungscode
violence-confirmation-code-once = Kopieren oder notieren Sie ihn: Er kann nicht wiederhergestellt werden. Er wird nur dieses eine Mal angezeigt.
violence-confirmation-code-keep = Bewahren Sie ihn dort auf, wo nur Sie ihn finden. Jede Person, die diesen Code hat, kann die Nachrichten zu Ihrer Meldung lesen.
violence-confirmation-code-print = Sie können diese Seite auch drucken (Strg+P oder ⌘+P).
violence-confirmation-follow-title = Ihre Meldung verfolgen
violence-confirmation-follow-body = Geben Sie Ihren Code auf der Seite „Meine Meldung verfolgen“ (/follow-up auf dieser Website) ein. Sie sehen dann, wie weit Ihre Meldung ist, und können Nachrichten mit der Person von Polizei oder Gendarmerie austauschen, die sich darum kümmert.
violence-confirmation-follow-link = Zur Seite „Meine Meldung verfolgen“
violence-confirmation-next-title = Wie es weitergeht
violence-confirmation-next-anonymous = Eine für solche Situationen geschulte Person von Polizei oder Gendarmerie liest Ihre Meldung. Da Sie anonym geblieben sind, erhalten Sie die Antwort auf Ihrer Verfolgungsseite.
violence-confirmation-next-identified = Eine für solche Situationen geschulte Person von Polizei oder Gendarmerie liest Ihre Meldung und meldet sich bei Ihnen, so wie Sie es gewünscht haben, zu den angegebenen Zeiten.
violence-confirmation-complaint = Sie haben um Informationen zur Anzeigeerstattung gebeten: Sie erhalten sie auf Ihrer Verfolgungsseite oder beim Kontakt.
violence-confirmation-numbers-title = Menschen, mit denen Sie sprechen können
violence-confirmation-leave = Wenn Sie Ihren Code aufbewahrt haben, können Sie diese Website mit der Schaltfläche oben auf der Seite verlassen.
violence-sent-code-title = Ihr Verfolgungscode
violence-sent-code-body = Ihr Verfolgungscode wurde nur einmal angezeigt, direkt nach dem Senden Ihrer Meldung. Zu Ihrer Sicherheit kann er nicht noch einmal angezeigt werden.

## E-Mail (nur gesendet, wenn die Person per E-Mail kontaktiert werden wollte)
violence-email-subject = Wir haben Ihre Nachricht erhalten
violence-email-body = Wir haben Ihre Nachricht erhalten. Jemand wird sich bei Ihnen melden, wie Sie es gewünscht haben.
