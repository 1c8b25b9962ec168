/** Help-center articles of Globex Telecom, a mobile carrier. */
import type { ArticleContent } from './content.js';

export const GLOBEX_ARTICLES: readonly ArticleContent[] = [
  {
    slug: 'understand-your-bill',
    title: 'Understanding your monthly bill',
    category: 'plans-billing',
    sub: 'bills-payments',
    tags: ['billing'],
    status: 'published',
    body: `Your bill has three parts: your **plan charge** for the coming month, **extra usage** from the previous month (calls, roaming, premium SMS) and **one-off charges** such as a device instalment.

The first bill after joining is usually higher because it includes a partial month. You can see every line in detail under **My Globex → Bills**, and download a PDF for your records.`,
  },
  {
    slug: 'change-payment-method',
    title: 'How to change your payment method',
    category: 'plans-billing',
    sub: 'bills-payments',
    tags: ['billing', 'account'],
    status: 'published',
    body: `Open **My Globex → Payments → Payment method** and choose *Replace*. We accept debit and credit cards, direct debit and PayPal.

Changes made at least **five days before** your billing date apply to the next bill. If a payment fails, we retry after three days and text you before anything is suspended.`,
  },
  {
    slug: 'switch-plans',
    title: 'Upgrading or downgrading your plan',
    category: 'plans-billing',
    sub: 'plans',
    tags: ['plans'],
    status: 'published',
    body: `You can **upgrade at any time**: the new allowance starts immediately and we charge the difference for the rest of the month.

Downgrades take effect on your next billing date, so you keep the data you paid for. Plans with a device instalment cannot drop below the *Essential* tier until the device is paid off.`,
  },
  {
    slug: 'data-rollover',
    title: 'How does data rollover work?',
    category: 'plans-billing',
    sub: 'plans',
    tags: ['plans', 'data'],
    status: 'published',
    body: `On *Plus* and *Unlimited Max* plans, unused data **rolls over for one month**. Rollover data is used first, before your monthly allowance.

Rollover does not apply to roaming passes or data add-ons, and it is lost if you downgrade to a plan without rollover.`,
  },
  {
    slug: 'no-signal-troubleshooting',
    title: 'No signal or "SOS only" on your phone',
    category: 'network-coverage',
    sub: 'signal',
    tags: ['network', 'troubleshooting'],
    status: 'published',
    body: `If your phone shows **No service** or *SOS only*, try these steps in order:

1. Turn airplane mode on and off again.
2. Restart the phone.
3. Check **Settings → Mobile network** and make sure *Globex* is selected and roaming is allowed if you are abroad.
4. Remove and re-insert the SIM, or check that your eSIM line is turned on.

Still nothing? Check the **network status map** for outages near you. If there is none, contact us with your postcode and phone model.`,
  },
  {
    slug: 'wifi-calling',
    title: 'Turning on Wi-Fi Calling',
    category: 'network-coverage',
    sub: 'signal',
    tags: ['network', 'calls'],
    status: 'published',
    body: `Wi-Fi Calling lets you call and text over any Wi-Fi network when mobile signal is weak — at no extra cost.

- **iPhone**: Settings → Phone → Wi-Fi Calling.
- **Android**: Settings → Connections → Wi-Fi Calling (the path varies by manufacturer).

You must add an **emergency address** the first time, so emergency services can find you.`,
  },
  {
    slug: '5g-coverage',
    title: 'Where do I get 5G?',
    category: 'network-coverage',
    sub: 'coverage',
    tags: ['network', '5g'],
    status: 'published',
    body: `Globex 5G covers **over 80% of the population** in all major cities. Check your address on the coverage map for indoor and outdoor predictions.

You need a 5G-capable phone and a plan that includes 5G (all plans since 2024 do). If your phone shows 4G in a 5G area, turn on *5G Auto* in your mobile network settings.`,
  },
  {
    slug: 'activate-esim',
    title: 'Activating an eSIM',
    category: 'devices-sim',
    sub: 'sim-esim',
    tags: ['sim', 'esim'],
    status: 'published',
    body: `To move your number to an eSIM, open **My Globex → SIM → Switch to eSIM**. We email you a QR code that is valid for 24 hours.

On your phone, choose **Add mobile plan** and scan the code while connected to Wi-Fi. Your physical SIM stops working once the eSIM is active. Each QR code can be used once; if the transfer fails, request a new code.`,
  },
  {
    slug: 'unlock-your-phone',
    title: 'Unlocking your phone for other networks',
    category: 'devices-sim',
    sub: 'devices',
    tags: ['devices'],
    status: 'published',
    body: `Phones bought from Globex are unlocked for free once the device is **fully paid** and the line has been active for 60 days.

Request an unlock under **My Globex → Device → Unlock**. iPhones unlock remotely within 48 hours; for Android we text you an unlock code.`,
  },
  {
    slug: 'lost-or-stolen-phone',
    title: 'My phone was lost or stolen',
    category: 'devices-sim',
    sub: 'devices',
    tags: ['devices', 'security'],
    status: 'published',
    body: `Act quickly to protect your account:

1. **Block your SIM** under *My Globex → SIM → Block*, or call us from another phone. Blocking is free and instant.
2. Use *Find My* (iPhone) or *Find My Device* (Android) to locate or erase the phone.
3. Report the theft to the police and keep the reference number for insurance.

We send a replacement SIM for free by next-day delivery, with your number kept.`,
  },
  {
    slug: 'roaming-in-europe',
    title: 'Roaming in Europe',
    category: 'roaming',
    sub: 'roam-like-home',
    tags: ['roaming'],
    status: 'published',
    body: `On all pay-monthly plans you can use your calls, texts and up to **30 GB of data** in the EU, Switzerland and Norway at no extra cost.

Beyond 30 GB a fair-use surcharge of €2 per GB applies; we text you at 80% and 100%. Make sure **data roaming** is on in your phone settings before you travel.`,
  },
  {
    slug: 'international-day-pass',
    title: 'International Day Pass outside Europe',
    category: 'roaming',
    sub: 'day-passes',
    tags: ['roaming', 'data'],
    status: 'published',
    body: `Outside Europe, the **International Day Pass** gives you your home allowance abroad for $10 per 24 hours, charged only on days you use your phone.

Add it under *My Globex → Add-ons* before you travel. It covers 140 destinations; cruise ships and in-flight networks are not included.`,
  },
  {
    slug: 'port-your-number',
    title: 'Keeping your number when you join Globex',
    category: 'devices-sim',
    sub: 'sim-esim',
    tags: ['sim', 'account'],
    status: 'draft',
    body: `Bring your number with you: ask your current provider for your **transfer code**, then enter it when you order your Globex SIM.

The switch happens within one working day of activating your SIM. You may have no service for up to two hours during the transfer.`,
  },
  {
    slug: 'legacy-3g-shutdown',
    title: '3G network shutdown',
    category: 'network-coverage',
    sub: 'coverage',
    tags: ['network'],
    status: 'archived',
    body: `Globex switched off its 3G network on 30 June 2025. Phones that only support 3G can no longer make calls or use data.

If you still use such a device, contact us: eligible customers get a free 4G replacement phone.`,
  },
];
