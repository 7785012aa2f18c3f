# Le signalement de violences sexuelles et sexistes, sa sortie rapide, et
# les liens qui y mènent. Les titres des pages restent neutres : ils ne
# nomment jamais le sujet.

## Sortie rapide (chaque page du signalement, et les pages de suivi)
quick-exit-label = Sortie rapide
quick-exit-link = Quitter ce site
quick-exit-shortcut = Ou appuyez 3 fois sur la touche Maj

## Liens depuis l’accueil et l’orientation
violence-home-title = Signaler des violences sexuelles ou sexistes
violence-home-body = De façon anonyme si vous le souhaitez, avec un code personnel pour suivre votre signalement et échanger avec un policier ou un gendarme.
violence-orientation-report = Vous pouvez aussi signaler ce qui s’est passé sur ce portail, de façon anonyme si vous le souhaitez. Vous recevrez un code personnel pour suivre votre signalement et échanger des messages avec un policier ou un gendarme formé à ces situations.
violence-orientation-action = Faire un signalement

## Mots communs
violence-optional = Cette question est facultative.

## Ce que fait la sortie rapide, et ce qu’elle ne fait pas
violence-quick-exit-title = Quitter ce site rapidement
violence-quick-exit-does = À tout moment, le bouton « Quitter ce site » en haut de chaque page vous emmène sur un site de météo. Il ferme aussi votre session ici : les réponses que vous n’avez pas envoyées sont effacées.
violence-quick-exit-shortcut = Si JavaScript est activé dans votre navigateur, vous pouvez aussi appuyer 3 fois de suite sur la touche Maj. La page disparaît aussitôt, et le bouton Retour ne la fait pas revenir.
violence-quick-exit-not-title = Ce que la sortie rapide ne fait pas
violence-quick-exit-not-history = Elle n’efface pas votre historique de navigation : ce site, et les pages vues avant de le quitter, peuvent encore y apparaître. Vous pouvez les supprimer de l’historique ensuite.
violence-quick-exit-not-watch = Elle ne peut pas cacher votre visite à quelqu’un qui voit votre écran, votre appareil ou votre réseau.

## Avant de commencer (page d’introduction)
violence-start-title = Avant de commencer
violence-start-lead = Ici, vous pouvez signaler des violences sexuelles ou sexistes à la police et à la gendarmerie, qu’elles vous soient arrivées à vous ou à une autre personne. Vous pouvez rester anonyme.
violence-start-danger = Si vous êtes en danger maintenant, appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
violence-start-advice-link = Lire nos conseils pour utiliser ce site en sécurité
violence-start-how-title = Comment ça se passe
violence-start-how-required = Seules deux questions demandent une réponse : si vous êtes en sécurité maintenant, et pour qui vous faites ce signalement. Vous pouvez passer toutes les autres.
violence-start-how-anonymous = Vous choisissez : rester anonyme, ou donner un moyen de vous contacter, aux moments où c’est sans risque pour vous.
violence-start-how-code = À la fin, vous recevez un code de suivi personnel, affiché une seule fois. Avec lui, vous pouvez voir où en est votre signalement et échanger des messages avec un policier ou un gendarme formé à ces situations.
violence-start-how-time = Cela prend environ 5 à 10 minutes. Vous pouvez arrêter à tout moment.
violence-start-button = Commencer

## Conseils de sécurité
violence-advice-title = Utiliser ce site en sécurité
violence-advice-lead = Si quelqu’un peut regarder votre téléphone ou votre ordinateur, ces précautions peuvent vous aider. Ne faites que ce qui vous semble sans risque.
violence-advice-before-title = Avant de commencer
violence-advice-before-private = Utilisez une fenêtre de navigation privée : une fois fermée, votre navigateur n’en garde aucun historique.
violence-advice-before-device = Si vous le pouvez, utilisez un appareil auquel l’autre personne n’a pas accès : le téléphone d’une amie ou d’un ami, un ordinateur dans une bibliothèque ou une association.
violence-advice-before-watched = Si vous pensez que votre téléphone est surveillé (par exemple par une application espion), utilisez un autre appareil.
violence-advice-after-title = Après votre visite
violence-advice-after-history = Supprimez ce site de votre historique de navigation. Dans la plupart des navigateurs, l’historique s’ouvre avec Ctrl+H (⌘+Y sur un Mac).
violence-advice-after-close = Fermez la fenêtre du navigateur.
violence-advice-after-code = Gardez votre code de suivi là où vous seul(e) pouvez le trouver, pas dans un carnet ou un téléphone que quelqu’un d’autre utilise.
violence-advice-talk-title = Parler à quelqu’un
violence-advice-back = Revenir au début du signalement

## De l’aide tout de suite (pas en sécurité, ou moins de 18 ans)
violence-help-title = De l’aide, tout de suite
violence-help-danger-title = Si vous êtes en danger
violence-help-danger-body = Appelez le 17 (police et gendarmerie) ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114 : écrivez ce qui se passe et où vous êtes.
violence-help-danger-place = Si vous le pouvez, allez dans un lieu où il y a du monde : un commerce, une pharmacie, chez un voisin.
violence-help-child-title = Un enfant ou un adolescent
violence-help-child-body = Le 119 écoute les enfants et les adolescents, et les adultes inquiets pour un enfant. L’appel est gratuit et n’apparaît pas sur la facture de téléphone.
violence-help-go-on-title = Votre signalement
violence-help-go-on-body = Vos réponses sont gardées. Vous pouvez continuer votre signalement maintenant, plus tard, ou l’abandonner.
violence-help-go-on = Continuer mon signalement

## Êtes-vous en sécurité ?
violence-safe-title = Êtes-vous en sécurité en ce moment ?
violence-safe-hint = Si vous n’êtes pas en sécurité, nous vous indiquons tout de suite qui appeler. Vous pourrez continuer votre signalement ensuite.
violence-safe-yes = Oui
violence-safe-no = Non
violence-safe-not-sure = Je ne sais pas
error-choose-safe-now = Indiquez si vous êtes en sécurité en ce moment.

## Pour qui ?
violence-who-title = Pour qui faites-vous ce signalement ?
violence-reporter-myself = Pour moi
violence-reporter-myself-hint = Cela m’est arrivé.
violence-reporter-someone-else = Pour une autre personne
violence-reporter-someone-else-hint = Cela est arrivé à une personne que je connais, qui me l’a raconté.
violence-reporter-witness = En tant que témoin
violence-reporter-witness-hint = J’ai vu ou entendu les faits.
violence-age-legend = La personne concernée a-t-elle moins de 18 ans ?
violence-age-hint = Cette question est facultative. Si cela vous est arrivé, répondez pour vous.
violence-age-under-18 = Oui, moins de 18 ans
violence-age-adult = Non, 18 ans ou plus
violence-age-unknown = Je ne sais pas
violence-who-child = Si un enfant ou un adolescent est en danger, appelez le 119 : gratuit, 24 heures sur 24, et invisible sur la facture de téléphone.
error-choose-report-for = Indiquez pour qui vous faites ce signalement.

## Anonyme ou non
violence-contact-title = Souhaitez-vous rester anonyme ?
violence-contact-intro-anonymous = Si vous restez anonyme, nous ne vous demandons ni votre nom ni aucune coordonnée. Vous suivez votre signalement avec votre code personnel.
violence-contact-intro-identified = Si vous donnez un moyen de vous contacter, un policier ou un gendarme formé à ces situations peut vous appeler ou vous écrire, seulement aux moments sans risque pour vous.
violence-contact-choice = Votre choix
violence-contact-anonymous = Rester anonyme
violence-contact-anonymous-hint = Seul votre code de suivi vous relie à ce signalement.
violence-contact-identified = Donner un moyen de me contacter
violence-contact-identified-hint = Répondez alors aux questions ci-dessous.
violence-contact-details = Si vous donnez un moyen de vous contacter
violence-contact-name = Nom à utiliser (facultatif)
violence-contact-name-hint = Un prénom suffit.
violence-contact-by = Comment souhaitez-vous être contacté(e) ?
violence-contact-by-email = Par courriel
violence-contact-by-email-hint = Les messages du policier ou du gendarme seront envoyés à cette adresse. Choisissez une adresse que vous seul(e) consultez.
violence-contact-by-phone = Par téléphone
violence-contact-by-phone-hint = Un policier ou un gendarme vous appelle aux moments que vous indiquez.
violence-contact-email = Adresse électronique
violence-contact-phone = Numéro de téléphone
violence-contact-safe-times = À quels moments pouvons-nous vous contacter sans risque ? (facultatif)
violence-contact-safe-times-hint = Par exemple : en semaine entre 9 h et midi. Dites-nous s’il y a des moments où il ne faut jamais appeler.
error-choose-anonymity = Indiquez si vous restez anonyme ou si vous donnez un moyen de vous contacter.
error-choose-contact-by = Indiquez comment vous contacter : par courriel ou par téléphone.
error-required-phone = Indiquez le numéro auquel nous pouvons vous appeler.

## Que s’est-il passé ?
violence-what-title = Que s’est-il passé ?
violence-what-hint = Cochez tout ce qui correspond. Vous n’avez pas à donner de détails. Cette question est facultative.
violence-fact-sexist = Des propos, insultes ou comportements sexistes
violence-fact-harassment = Des propos, messages ou comportements à caractère sexuel, non voulus et répétés (harcèlement)
violence-fact-touching = Être touché(e) de façon sexuelle sans l’avoir accepté
violence-fact-forced-act = Un acte sexuel forcé ou imposé, y compris un viol
violence-fact-exposure = Une personne qui montre ses parties intimes (exhibition)
violence-fact-images = Des photos ou vidéos intimes prises ou diffusées sans accord, ou des messages sexuels en ligne
violence-fact-partner = Des violences, menaces ou formes de contrôle de la part d’un ou d’une partenaire, ou d’un ex
violence-fact-other = Autre chose
violence-fact-not-sure = Je ne sais pas comment le décrire

## Quand et où ?
violence-when-title = Quand et où cela s’est-il passé ?
violence-when-hint = Une réponse approximative suffit. Les deux questions sont facultatives.
violence-period-legend = Quand cela s’est-il passé ?
violence-period-days = Ces derniers jours
violence-period-weeks = Ces dernières semaines
violence-period-months = Ces derniers mois
violence-period-over-a-year = Il y a plus d’un an
violence-period-unknown = Je ne sais pas
violence-area-label = Où cela s’est-il passé ? (facultatif)
violence-area-hint = Le numéro du département ou le code postal, par exemple 69 ou 69003. Cela nous aide à transmettre votre signalement à une équipe proche de ce lieu.
error-area = Indiquez un numéro de département ou un code postal, par exemple 69 ou 69003, ou laissez vide.

## Qui est cette personne ?
violence-person-title = Qui est la personne qui a fait cela ?
violence-person-hint = Indiquez qui elle est pour la personne concernée. Cette question est facultative, et vous n’avez pas à donner de nom.
violence-relationship-partner = Un ou une partenaire, ou un ex
violence-relationship-family = Quelqu’un de la famille
violence-relationship-acquaintance = Quelqu’un qu’elle connaît : un ami, un voisin, une connaissance
violence-relationship-work-or-studies = Quelqu’un du travail, de l’école ou des études
violence-relationship-online = Quelqu’un rencontré en ligne
violence-relationship-stranger = Quelqu’un qu’elle ne connaît pas
violence-relationship-rather-not-say = Je préfère ne pas le dire

## Décrire ce qui s’est passé
violence-details-title = Souhaitez-vous décrire ce qui s’est passé ?
violence-details-stop = Vous pouvez vous arrêter ici. Ce que vous nous avez déjà dit suffit pour envoyer votre signalement.
violence-details-stop-link = Aller au récapitulatif de mon signalement
violence-details-label = Ce qui s’est passé, avec vos mots (facultatif)
violence-details-hint = N’écrivez que ce que vous souhaitez partager. Vous pouvez laisser vide.

## Soutien
violence-support-title = Quel soutien souhaitez-vous ?
violence-support-hint = Cette question est facultative. Cochez autant de réponses que vous le souhaitez.
violence-support-call-back = Être rappelé(e) par un policier ou un gendarme formé à ces situations
violence-support-call-back-hint = Seulement si vous avez donné un numéro de téléphone. Sinon, la réponse vous sera donnée sur votre page de suivi.
violence-support-complaint-information = Des informations pour porter plainte
violence-support-complaint-information-hint = Ce que cela implique, où et comment, à votre rythme. Signaler ici ne vous oblige pas à porter plainte.
violence-support-line-3919 = Parler avec quelqu’un du 3919, Violences Femmes Info
violence-support-line-3919-hint = Gratuit et anonyme, 24 heures sur 24, 7 jours sur 7. Vous pouvez appeler dès maintenant.
violence-support-victim-support = L’aide d’une association d’aide aux victimes
violence-support-victim-support-hint = France Victimes, 116 006, 7 jours sur 7 : écoute, information sur vos droits, aide dans les démarches.
violence-support-now = Vous pouvez aussi appeler ces numéros dès maintenant :

## Vérifier vos réponses
violence-check-skipped = Sans réponse
violence-check-section-situation = Votre situation
violence-check-section-contact = Prise de contact
violence-check-section-facts = Ce qui s’est passé
violence-check-section-support = Soutien
violence-check-safe = En sécurité en ce moment
violence-check-who = Signalement fait
violence-check-age = Moins de 18 ans
violence-check-contact = Anonymat
violence-check-name = Nom
violence-check-reach = Comment vous contacter
violence-check-safe-times = Moments sans risque
violence-check-facts = Ce qui s’est passé
violence-check-period = Quand
violence-check-area = Où
violence-check-person = La personne qui a fait cela
violence-check-details = Votre description
violence-check-support = Soutien souhaité
violence-check-send-title = Envoyer votre signalement
violence-check-send-code = Une fois le signalement envoyé, vous verrez votre code de suivi personnel, une seule fois. Prévoyez de quoi le noter, dans un endroit que vous seul(e) connaissez.
violence-check-send-button = Envoyer mon signalement

## Envoyé
violence-confirmation-title = Votre signalement a été envoyé
violence-confirmation-sent-on = Envoyé le { $date }.
violence-confirmation-code-title = Votre code de suivi personnel
violence-confirmation-code-once = Copiez-le ou notez-le : il ne pourra pas être retrouvé. Il n’est affiché que cette fois-ci.
violence-confirmation-code-keep = Gardez-le là où vous seul(e) pouvez le trouver. Toute personne qui a ce code peut lire les messages sur votre signalement.
violence-confirmation-code-print = Vous pouvez aussi imprimer cette page (Ctrl+P ou ⌘+P).
violence-confirmation-follow-title = Suivre votre signalement
violence-confirmation-follow-body = Sur la page « Suivre mon signalement » (/follow-up sur ce site), saisissez votre code. Vous verrez où en est votre signalement, et vous pourrez échanger des messages avec le policier ou le gendarme qui s’en occupe.
violence-confirmation-follow-link = Aller à la page « Suivre mon signalement »
violence-confirmation-next-title = Et ensuite
violence-confirmation-next-anonymous = Un policier ou un gendarme formé à ces situations lit votre signalement. Comme vous êtes resté(e) anonyme, il vous répondra sur votre page de suivi.
violence-confirmation-next-identified = Un policier ou un gendarme formé à ces situations lit votre signalement, et vous contactera comme vous l’avez demandé, aux moments indiqués.
violence-confirmation-complaint = Vous avez demandé des informations pour porter plainte : elles vous seront données sur votre page de suivi ou lors du contact.
violence-confirmation-numbers-title = Des personnes à qui parler
violence-confirmation-leave = Quand vous avez gardé votre code, vous pouvez quitter ce site avec le bouton en haut de la page.
violence-sent-code-title = Votre code de suivi
violence-sent-code-body = Votre code de suivi n’a été affiché qu’une fois, juste après l’envoi de votre signalement. Pour votre sécurité, il ne peut pas être affiché de nouveau.

## Courriel (envoyé seulement si la personne a demandé à être contactée par courriel)
violence-email-subject = Nous avons bien reçu votre message
violence-email-body = Nous avons bien reçu votre message. Quelqu’un vous contactera comme vous l’avez demandé.
