# The report of sexual and sexist violence, its quick exit, and the links
# to it. Page titles stay neutral: they never name the subject.

## Quick exit (every page of the report, and the follow-up pages)
quick-exit-label = Quick exit
quick-exit-link = Leave this site
quick-exit-shortcut = Or press the Shift key 3 times

## Links from the home page and the orientation
violence-home-title = Report sexual or sexist violence
violence-home-body = Anonymously if you wish, with a personal code to follow your report and talk with a police officer or gendarme.
violence-orientation-report = You can also report what happened on this portal, anonymously if you wish. You will get a personal code to follow your report and exchange messages with a police officer or gendarme trained for these situations.
violence-orientation-action = Make a report

## Shared words
violence-optional = This question is optional.

## What leaving quickly does, and does not do
violence-quick-exit-title = Leaving this site quickly
violence-quick-exit-does = At any time, the “Leave this site” button at the top of each page takes you to a weather website. It also closes your session here: the answers you have not sent are deleted.
violence-quick-exit-shortcut = If JavaScript is on in your browser, you can also press the Shift key 3 times in a row. The page disappears at once, and the Back button does not bring it back.
violence-quick-exit-not-title = What leaving quickly does not do
violence-quick-exit-not-history = It does not erase your browsing history: this site, and the pages you saw before leaving, may still appear in it. You can delete them from your history afterwards.
violence-quick-exit-not-watch = It cannot hide your visit from someone who can see your screen, your device or your network.

## Before you start (the interruption page)
violence-start-title = Before you start
violence-start-lead = Here you can report sexual or sexist violence to the police and the gendarmerie, whether it happened to you or to someone else. You can stay anonymous.
violence-start-danger = If you are in danger now, call 17 or 112. If you cannot speak, send a text message to 114.
violence-start-advice-link = Read our advice on using this site safely
violence-start-how-title = How it works
violence-start-how-required = Only two questions need an answer: whether you are safe right now, and who you are reporting for. You can skip every other question.
violence-start-how-anonymous = You choose: stay anonymous, or give a way to contact you at times that are safe for you.
violence-start-how-code = At the end, you get a personal follow-up code, shown only once. With it, you can see where your report stands and exchange messages with a police officer or gendarme trained for these situations.
violence-start-how-time = It takes about 5 to 10 minutes. You can stop at any time.
violence-start-button = Start

## Safety advice
violence-advice-title = Using this site safely
violence-advice-lead = If someone may look at your phone or your computer, these steps can help. Do only what feels safe for you.
violence-advice-before-title = Before you start
violence-advice-before-private = Use a private browsing window: your browser keeps no history of it once it is closed.
violence-advice-before-device = If you can, use a device the other person cannot reach: a friend’s phone, a computer at a library or at an association.
violence-advice-before-watched = If you think your phone is being watched (for example by a spying application), use another device.
violence-advice-after-title = After your visit
violence-advice-after-history = Delete this site from your browsing history. In most browsers, the history opens with Ctrl+H (⌘+Y on a Mac).
violence-advice-after-close = Close the browser window.
violence-advice-after-code = Keep your follow-up code where only you can find it, not in a notebook or a phone that someone else uses.
violence-advice-talk-title = Talk to someone
violence-advice-back = Go back to the start of the report

## Help now (not safe, or under 18)
violence-help-title = Help, right now
violence-help-danger-title = If you are in danger
violence-help-danger-body = Call 17 (police and gendarmerie) or 112. If you cannot speak, send a text message to 114: write what is happening and where you are.
violence-help-danger-place = If you can, go to a place where there are other people: a shop, a pharmacy, a neighbour’s home.
violence-help-child-title = A child or a teenager
violence-help-child-body = 119 listens to children and teenagers, and to adults who are worried about a child. The call is free and does not appear on the phone bill.
violence-help-go-on-title = Your report
violence-help-go-on-body = Your answers are kept. You can go on with your report now, or later, or leave it.
violence-help-go-on = Go on with my report

## Are you safe right now?
violence-safe-title = Are you safe right now?
violence-safe-hint = If you are not safe, we will show you who to call straight away. You can go on with your report afterwards.
violence-safe-yes = Yes
violence-safe-no = No
violence-safe-not-sure = I am not sure
error-choose-safe-now = Say whether you are safe right now.

## Who are you reporting for?
violence-who-title = Who are you reporting for?
violence-reporter-myself = For myself
violence-reporter-myself-hint = It happened to me.
violence-reporter-someone-else = For someone else
violence-reporter-someone-else-hint = It happened to someone I know, and they told me about it.
violence-reporter-witness = As a witness
violence-reporter-witness-hint = I saw or heard it happen.
violence-age-legend = Is the person it happened to under 18?
violence-age-hint = This question is optional. If it happened to you, answer for yourself.
violence-age-under-18 = Yes, under 18
violence-age-adult = No, 18 or over
violence-age-unknown = I don’t know
violence-who-child = If a child or a teenager is in danger, call 119: free, 24 hours a day, and not shown on the phone bill.
error-choose-report-for = Say who you are reporting for.

## Anonymous or not
violence-contact-title = Do you want to stay anonymous?
violence-contact-intro-anonymous = If you stay anonymous, we do not ask for your name or any contact details. You follow your report with your personal code.
violence-contact-intro-identified = If you give a way to contact you, a police officer or gendarme trained for these situations can call you or write to you, only at the times that are safe for you.
violence-contact-choice = Your choice
violence-contact-anonymous = Stay anonymous
violence-contact-anonymous-hint = Only your follow-up code links you to this report.
violence-contact-identified = Give a way to contact me
violence-contact-identified-hint = Then answer the questions below.
violence-contact-details = If you give a way to contact you
violence-contact-name = Name we can use (optional)
violence-contact-name-hint = A first name is enough.
violence-contact-by = How should we contact you?
violence-contact-by-email = By email
violence-contact-by-email-hint = The messages of the police officer or gendarme will be sent to this address. Choose an address that only you can read.
violence-contact-by-phone = By phone
violence-contact-by-phone-hint = A police officer or gendarme calls you at the times you give.
violence-contact-email = Email address
violence-contact-phone = Phone number
violence-contact-safe-times = When is it safe to contact you? (optional)
violence-contact-safe-times-hint = For example: on weekdays between 9 am and noon. Tell us if there are times when we must never call.
error-choose-anonymity = Choose whether you stay anonymous or give a way to contact you.
error-choose-contact-by = Choose how we should contact you: by email or by phone.
error-required-phone = Enter the phone number where we can call you.

## What happened?
violence-what-title = What happened?
violence-what-hint = Tick everything that applies. You do not need to give details. This question is optional.
violence-fact-sexist = Sexist remarks, insults or behaviour
violence-fact-harassment = Unwanted remarks, messages or behaviour of a sexual nature, again and again (harassment)
violence-fact-touching = Being touched in a sexual way without agreeing to it
violence-fact-forced-act = A sexual act that was forced or imposed, including rape
violence-fact-exposure = Someone showing their intimate parts (exhibition)
violence-fact-images = Intimate pictures or videos taken or shared without agreement, or sexual messages online
violence-fact-partner = Violence, threats or control from a partner or an ex-partner
violence-fact-other = Something else
violence-fact-not-sure = I am not sure how to describe it

## When and where?
violence-when-title = When and where did it happen?
violence-when-hint = An approximate answer is enough. Both questions are optional.
violence-period-legend = When did it happen?
violence-period-days = In the last few days
violence-period-weeks = In the last few weeks
violence-period-months = In the last few months
violence-period-over-a-year = More than a year ago
violence-period-unknown = I don’t know
violence-area-label = Where did it happen? (optional)
violence-area-hint = The département number or the postcode, for example 69 or 69003. It helps us send your report to a team near that place.
error-area = Enter a département number or a postcode, for example 69 or 69003, or leave this empty.

## Who is this person?
violence-person-title = Who is the person who did this?
violence-person-hint = Say who they are to the person it happened to. This question is optional, and you do not have to give a name.
violence-relationship-partner = A partner or an ex-partner
violence-relationship-family = Someone in the family
violence-relationship-acquaintance = Someone they know: a friend, a neighbour, an acquaintance
violence-relationship-work-or-studies = Someone from work, school or studies
violence-relationship-online = Someone met online
violence-relationship-stranger = Someone they do not know
violence-relationship-rather-not-say = I would rather not say

## Describe what happened
violence-details-title = Do you want to describe what happened?
violence-details-stop = You can stop here. What you have already told us is enough to send your report.
violence-details-stop-link = Go to the summary of my report
violence-details-label = What happened, in your own words (optional)
violence-details-hint = Write only what you want to share. You can leave this empty.

## Support
violence-support-title = What support would you like?
violence-support-hint = This question is optional. Tick as many as you like.
violence-support-call-back = To be called back by a police officer or gendarme trained for these situations
violence-support-call-back-hint = Only if you gave a phone number. Otherwise, they will answer you on your follow-up page.
violence-support-complaint-information = Information about filing a complaint
violence-support-complaint-information-hint = What it involves, where and how, at your own pace. Reporting here does not oblige you to file a complaint.
violence-support-line-3919 = To talk with someone at 3919, Violences Femmes Info
violence-support-line-3919-hint = Free and anonymous, 24 hours a day, 7 days a week. You can call now.
violence-support-victim-support = Help from a victim support association
violence-support-victim-support-hint = France Victimes, 116 006, 7 days a week: listening, legal information, help with the steps.
violence-support-now = You can also call these numbers now:

## Check your answers
violence-check-skipped = Not answered
violence-check-section-situation = Your situation
violence-check-section-contact = Contact
violence-check-section-facts = What happened
violence-check-section-support = Support
violence-check-safe = Safe right now
violence-check-who = Reporting for
violence-check-age = Under 18
violence-check-contact = Anonymity
violence-check-name = Name
violence-check-reach = How to contact you
violence-check-safe-times = Safe times
violence-check-facts = What happened
violence-check-period = When
violence-check-area = Where
violence-check-person = The person who did this
violence-check-details = Your description
violence-check-support = Support wanted
violence-check-send-title = Send your report
violence-check-send-code = Once it is sent, you will see your personal follow-up code, only once. Have a way to write it down, somewhere only you can find it.
violence-check-send-button = Send my report

## Sent
violence-confirmation-title = Your report has been sent
violence-confirmation-sent-on = Sent on { $date }.
violence-confirmation-code-title = Your personal follow-up code
violence-confirmation-code-once = Copy it or write it down: it cannot be recovered. It is shown only this once.
violence-confirmation-code-keep = Keep it where only you can find it. Anyone who has this code can read the messages about your report.
violence-confirmation-code-print = You can also print this page (Ctrl+P or ⌘+P).
violence-confirmation-follow-title = Following your report
violence-confirmation-follow-body = On the “Follow my report” page (/follow-up on this site), type your code. You will see where your report stands, and you can exchange messages with the police officer or gendarme who handles it.
violence-confirmation-follow-link = Go to the “Follow my report” page
violence-confirmation-next-title = What happens next
violence-confirmation-next-anonymous = A police officer or gendarme trained for these situations reads your report. As you stayed anonymous, they will answer you on your follow-up page.
violence-confirmation-next-identified = A police officer or gendarme trained for these situations reads your report, and will contact you as you asked, at the times you gave.
violence-confirmation-complaint = You asked for information about filing a complaint: it will be given to you on your follow-up page or when you are contacted.
violence-confirmation-numbers-title = People you can talk to
violence-confirmation-leave = When you have kept your code, you can leave this site with the button at the top of the page.
violence-sent-code-title = Your follow-up code
violence-sent-code-body = Your follow-up code was shown only once, just after you sent your report. For your safety, it cannot be shown again.

## Email (sent only when the person asked to be contacted by email)
violence-email-subject = We have received your message
violence-email-body = We have received your message. Someone will contact you as you asked.
